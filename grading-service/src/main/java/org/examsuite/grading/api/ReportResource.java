package org.examsuite.grading.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.grading.domain.MissedFactorReports;
import org.examsuite.platform.security.CurrentUser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@RolesAllowed({CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/reports")
@Tag(name = "Reports", description = "Class-level views for teachers")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    MissedFactorReports missedFactors;

    @GET
    @Path("/essay-questions/{id}")
    @Operation(summary = "The indicative factors most often missed across all plans for an essay question (teachers)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not a teacher")
    @APIResponse(responseCode = "404", description = "No such essay question")
    public MissedFactorReports.QuestionReport essayQuestion(@PathParam("id") UUID id) {
        return missedFactors.forQuestion(id);
    }
}
