package org.examsuite.quiz.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;
import org.examsuite.quiz.domain.ProgressReports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Students read their own progress; teachers and admins any student's. */
@Path("/progress")
@Tag(name = "Progress", description = "Progress per student per topic across completed sessions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class ProgressResource {

    @Inject
    ProgressReports reports;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.STUDENT)
    @Operation(summary = "My progress per topic (students): last and best score, trend, weakest sections")
    public ProgressView mine() {
        String studentId = user.id();
        return ProgressView.of(studentId, reports.of(studentId));
    }

    @GET
    @Path("/{studentId}")
    @RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Operation(summary = "A student's progress per topic (teachers any student's; a student only their own)")
    @APIResponse(responseCode = "404", description = "A student asking for another student's progress (ids cannot be probed)")
    public ProgressView of(@PathParam("studentId") String studentId) {
        if (!user.isTeacher() && !user.id().equals(studentId)) {
            throw ProblemException.notFound("Progress of student", studentId);
        }
        return ProgressView.of(studentId, reports.of(studentId));
    }
}
