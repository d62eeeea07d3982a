package org.examsuite.grading.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.grading.domain.CalibrationReports;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/calibration")
@Tag(name = "Calibration", description = "How a student's self-grades compare with teachers' and with the evidence, over time")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class CalibrationResource {

    @Inject
    CurrentUser user;

    @Inject
    CalibrationReports reports;

    @GET
    @RolesAllowed(CurrentUser.STUDENT)
    @Operation(summary = "My calibration (students): per criterion, the mean and trend of (self − teacher) and (self − evidence estimate)")
    public CalibrationReports.StudentCalibration mine() {
        return reports.forStudent(user.id());
    }

    @GET
    @Path("/{studentId}")
    @Operation(summary = "A student's calibration (teachers; a student may read only their own)")
    @APIResponse(responseCode = "404", description = "A student asked for someone else's calibration")
    public CalibrationReports.StudentCalibration of(@PathParam("studentId") String studentId) {
        // Not 403: a student learns nothing about which student ids exist.
        if (!user.isTeacher() && !user.id().equals(studentId)) {
            throw ProblemException.notFound("Calibration of student", studentId);
        }
        return reports.forStudent(studentId);
    }
}
