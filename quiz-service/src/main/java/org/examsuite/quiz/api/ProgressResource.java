package org.examsuite.quiz.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.problems.Problem;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;
import org.examsuite.quiz.domain.ProgressReports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/progress")
@Tag(name = "Progress", description = "Progress per student per topic across completed sessions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "The request does not say who is calling",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProgressResource {

    @Inject
    ProgressReports reports;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "My progress per topic: last and best score, trend, weakest sections")
    public ProgressView mine() {
        String studentId = user.id();
        return ProgressView.of(studentId, reports.of(studentId));
    }

    @GET
    @Path("/{studentId}")
    @Operation(summary = "A student's progress per topic (teachers; a student may read only their own)")
    @APIResponse(responseCode = "403", description = "Only teachers read other students' progress",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgressView of(@PathParam("studentId") String studentId) {
        if (!user.isTeacher() && !user.id().equals(studentId)) {
            throw new ProblemException(Response.Status.FORBIDDEN, "Forbidden",
                    "Only teachers read another student's progress", List.of());
        }
        return ProgressView.of(studentId, reports.of(studentId));
    }
}
