package org.examsuite.grading.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.grading.domain.MissedFactorReports;
import org.examsuite.platform.problems.Problem;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/reports")
@Tag(name = "Reports", description = "Class-level views for teachers")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    CurrentUser user;

    @Inject
    MissedFactorReports missedFactors;

    @GET
    @Path("/essay-questions/{id}")
    @Operation(summary = "The indicative factors most often missed across all plans for an essay question (teachers)")
    @APIResponse(responseCode = "401", description = "The request does not say who is calling",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a teacher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such essay question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MissedFactorReports.QuestionReport essayQuestion(@PathParam("id") UUID id) {
        // Asked first so that an anonymous caller hears 401 (say who you are), not 403.
        user.id();
        if (!user.isTeacher()) {
            throw new ProblemException(Response.Status.FORBIDDEN, "Forbidden", "Only teachers read class reports", List.of());
        }
        return missedFactors.forQuestion(id);
    }
}
