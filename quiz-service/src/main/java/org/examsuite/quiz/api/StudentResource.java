package org.examsuite.quiz.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.security.CurrentUser;
import org.examsuite.quiz.domain.StudentErasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Admins erase a student's data on request (data protection); the erasure reaches every service by an event. */
@Path("/students")
@Tag(name = "Students", description = "Data-protection erasure of a student's data (admins)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller is not an admin")
public class StudentResource {

    /** Student ids are kept in columns of 200 characters (sessions, review cards, the outbox's event key), so a longer one names nobody. */
    private static final int MAX_STUDENT_ID = 200;

    @Inject
    StudentErasure erasure;

    @Inject
    CurrentUser user;

    @DELETE
    @Path("/{studentId}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(summary = "Erase a student's data (admins): deletes quiz-service's data of the student now and asks every other "
            + "service to delete theirs (event org.examsuite.privacy.StudentErasureRequested.v1 on privacy.erasures); "
            + "idempotent, a student with no data left answers 202 as well")
    @APIResponse(responseCode = "202", description = "Quiz's data of the student is deleted; the other services delete theirs "
            + "on receiving the event", content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "400", description = "The id is blank or longer than any student's")
    public Response erase(@PathParam("studentId") @NotBlank @Size(max = MAX_STUDENT_ID) String studentId) {
        StudentErasure.Erased erased = erasure.erase(studentId, user.id());
        return Response.accepted(new ErasureView(erased.studentId(), erased.sessions(), erased.reviewCards(),
                erased.eventId().toString(), erased.requestedAt().toString())).build();
    }

    /** What the erasure deleted here; {@code eventId} is the id of the event that carries it to the other services. */
    public record ErasureView(String studentId, int sessionsDeleted, int reviewCardsDeleted, String eventId, String requestedAt) {
    }
}
