package org.examsuite.quiz.api;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.api.PageOf;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;
import org.examsuite.quiz.domain.Answer;
import org.examsuite.quiz.domain.Disclosure;
import org.examsuite.quiz.domain.SessionStatus;
import org.examsuite.quiz.domain.Sessions;
import org.examsuite.quiz.persistence.QuizSession;
import org.examsuite.quiz.persistence.SessionItem;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Students run their own sessions; teachers and admins read every student's sessions but change
 * none. A student asking for another student's session gets 404, as for an unknown id, so that
 * ids cannot be probed. Every path first closes the session if its deadline has passed (in a
 * transaction of its own, so the closing stands even when the request is then refused).
 */
@RolesAllowed(CurrentUser.STUDENT)
@Path("/sessions")
@Tag(name = "Sessions", description = "Practice, exam and review sessions: students run their own, teachers read all")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class SessionResource {

    /** Overdue sessions closed before a list of every student's sessions; the deadline sweep closes any beyond. */
    private static final int OVERDUE_BATCH = 100;

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a session of my own (students): draws the questions at random and lays them out for this session")
    @APIResponse(responseCode = "201", description = "Started; Location names the session")
    @APIResponse(responseCode = "422", description = "A topic is unknown or retracted, nothing is due for review, or no questions match")
    @Transactional
    public Response start(@NotNull @Valid StartSessionRequest request) {
        if (new HashSet<>(request.topicIds()).size() != request.topicIds().size()) {
            throw ProblemException.invalid("topicIds", "must not name a topic twice");
        }
        QuizSession session = sessions.start(user.id(), request.toCommand());
        return Response.created(URI.create("/sessions/" + session.id)).entity(SessionView.of(session)).build();
    }

    @GET
    @RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Operation(summary = "List sessions, newest first, a page at a time: a student's own; for teachers every student's, "
            + "or one student's with studentId (a student naming another student gets an empty page)")
    @Transactional
    public PageOf<SessionView.Summary> list(@QueryParam("studentId") String studentId,
            @QueryParam("status") SessionStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String student = user.isTeacher() ? studentId : user.id();
        if (!user.isTeacher() && studentId != null && !studentId.equals(student)) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        if (student == null) {
            sessions.overdue(OVERDUE_BATCH).forEach(sessions::closeIfOverdue);
        } else {
            sessions.overdueOf(student).forEach(sessions::closeIfOverdue);
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (student != null) {
            query.append(" and studentId = :studentId");
            params.put("studentId", student);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        var found = QuizSession.<QuizSession>find(query.toString(), Sort.descending("startedAt").and("id"), params);
        List<SessionView.Summary> items = found.page(Page.of(page, size)).list().stream().map(SessionView.Summary::of).toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @GET
    @Path("/{sessionId}")
    @RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Operation(summary = "Read a session with its items (answer keys only once marked, in an exam only at the end); "
            + "students their own, teachers any")
    @APIResponse(responseCode = "404", description = "No such session (for a student: no such session of theirs)")
    @Transactional
    public SessionView get(@PathParam("sessionId") UUID sessionId) {
        sessions.checkDeadline(sessionId);
        return SessionView.of(readable(sessionId));
    }

    @PUT
    @Path("/{sessionId}/items/{itemId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer an item (again): marked at once in practice and review; in an exam hidden until the end, the last answer counts")
    @APIResponse(responseCode = "200", description = "The item, with feedback in practice and review")
    @APIResponse(responseCode = "404", description = "No such session of the caller's, or no such item in it")
    @APIResponse(responseCode = "409", description = "The session has ended or its deadline passed, or another answer to the item won the race")
    @APIResponse(responseCode = "422", description = "The item is an essay task (hand in a plan instead)")
    @Transactional
    public ItemView answer(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            @NotNull Answer answer) {
        String studentId = user.id();
        sessions.checkDeadline(sessionId);
        return ItemView.of(sessions.answer(studentId, sessionId, itemId, answer));
    }

    @POST
    @Path("/{sessionId}/items/{itemId}/essay-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand in an essay plan; it goes to grading-service, and the item awaits the student's self-assessment there")
    @APIResponse(responseCode = "202", description = "Accepted; planId is the assessment id in grading-service")
    @APIResponse(responseCode = "404", description = "No such session of the caller's, or no such item in it")
    @APIResponse(responseCode = "409", description = "The session has ended or its deadline passed, or a plan was already handed in")
    @APIResponse(responseCode = "422", description = "The item is not an essay task")
    @Transactional
    public Response submitPlan(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            @NotNull @Valid EssayPlanRequest plan) {
        String studentId = user.id();
        sessions.checkDeadline(sessionId);
        SessionItem item = sessions.submitPlan(studentId, sessionId, itemId, plan.toPlan());
        return Response.accepted(new PlanAcceptedView(item.planId, sessionId, item.id, item.state)).build();
    }

    @POST
    @Path("/{sessionId}/finish")
    @Operation(summary = "Finish the session: marks everything, emits SessionCompleted and returns the result")
    @APIResponse(responseCode = "404", description = "No such session of the caller's")
    @APIResponse(responseCode = "409", description = "The session has already ended")
    @Transactional
    public ResultView finish(@PathParam("sessionId") UUID sessionId) {
        String studentId = user.id();
        sessions.checkDeadline(sessionId);
        return ResultView.of(sessions.finish(studentId, sessionId));
    }

    @POST
    @Path("/{sessionId}/abandon")
    @Operation(summary = "Give the session up: it takes no more answers and has no result")
    @APIResponse(responseCode = "404", description = "No such session of the caller's")
    @APIResponse(responseCode = "409", description = "The session has already ended")
    @Transactional
    public SessionView abandon(@PathParam("sessionId") UUID sessionId) {
        String studentId = user.id();
        sessions.checkDeadline(sessionId);
        return SessionView.of(sessions.abandon(studentId, sessionId));
    }

    @GET
    @Path("/{sessionId}/result")
    @RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Operation(summary = "The result: overall, per question type, per note section (what to revise), time taken; it updates "
            + "as essay grades arrive; students their own, teachers any")
    @APIResponse(responseCode = "404", description = "No such session (for a student: no such session of theirs)")
    @APIResponse(responseCode = "409", description = "An exam still running, or an abandoned session, has no result to show")
    @Transactional
    public ResultView result(@PathParam("sessionId") UUID sessionId) {
        sessions.checkDeadline(sessionId);
        QuizSession session = readable(sessionId);
        if (!Disclosure.resultVisible(session.mode, session.status)) {
            throw ProblemException.conflict(session.status == SessionStatus.ABANDONED
                    ? "Session " + sessionId + " was abandoned and has no result"
                    : "Exam " + sessionId + " is still running; its result shows once it ends");
        }
        return ResultView.of(session);
    }

    /** Teachers read any session; a student only their own, another's being as absent as an unknown id. */
    private QuizSession readable(UUID sessionId) {
        return user.isTeacher() ? sessions.find(sessionId) : sessions.owned(user.id(), sessionId);
    }
}
