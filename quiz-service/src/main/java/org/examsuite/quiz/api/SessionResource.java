package org.examsuite.quiz.api;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.problems.Problem;
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
 * A student's sessions. Every path first closes the session if its deadline has passed (in a
 * transaction of its own, so the closing stands even when the request is then refused).
 */
@Path("/sessions")
@Tag(name = "Sessions", description = "Practice, exam and review sessions of the calling student")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "The request does not say who is calling",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SessionResource {

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a session: draws the questions at random and lays them out for this session")
    @APIResponse(responseCode = "201", description = "Started; Location names the session")
    @APIResponse(responseCode = "422", description = "A topic is unknown or retracted, nothing is due for review, or no questions match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response start(@NotNull @Valid StartSessionRequest request) {
        if (new HashSet<>(request.topicIds()).size() != request.topicIds().size()) {
            throw ProblemException.invalid("topicIds", "must not name a topic twice");
        }
        QuizSession session = sessions.start(user.id(), request.toCommand());
        return Response.created(URI.create("/sessions/" + session.id)).entity(SessionView.of(session)).build();
    }

    @GET
    @Operation(summary = "List my sessions, newest first, a page at a time")
    @Transactional
    public PageOf<SessionView.Summary> list(@QueryParam("status") SessionStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String studentId = user.id();
        sessions.overdueOf(studentId).forEach(sessions::closeIfOverdue);
        var found = status == null
                ? QuizSession.<QuizSession>find("studentId", Sort.descending("startedAt"), studentId)
                : QuizSession.<QuizSession>find("studentId = ?1 and status = ?2", Sort.descending("startedAt"), studentId, status);
        List<SessionView.Summary> items = found.page(Page.of(page, size)).list().stream().map(SessionView.Summary::of).toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @GET
    @Path("/{sessionId}")
    @Operation(summary = "Read one of my sessions with its items (answer keys only once marked, in an exam only at the end)")
    @APIResponse(responseCode = "404", description = "No such session of mine",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public SessionView get(@PathParam("sessionId") UUID sessionId) {
        String studentId = user.id();
        sessions.closeIfOverdue(sessionId);
        return SessionView.of(sessions.owned(studentId, sessionId));
    }

    @PUT
    @Path("/{sessionId}/items/{itemId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer an item (again): marked at once in practice and review; in an exam hidden until the end, the last answer counts")
    @APIResponse(responseCode = "200", description = "The item, with feedback in practice and review")
    @APIResponse(responseCode = "404", description = "No such session of mine, or no such item in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has ended or its deadline passed, or another answer to the item won the race",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The item is an essay task (hand in a plan instead)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public ItemView answer(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            @NotNull Answer answer) {
        String studentId = user.id();
        sessions.closeIfOverdue(sessionId);
        return ItemView.of(sessions.answer(studentId, sessionId, itemId, answer));
    }

    @POST
    @Path("/{sessionId}/items/{itemId}/essay-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand in an essay plan; it goes to grading-service, and the item awaits the student's self-assessment there")
    @APIResponse(responseCode = "202", description = "Accepted; planId is the assessment id in grading-service")
    @APIResponse(responseCode = "404", description = "No such session of mine, or no such item in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has ended or its deadline passed, or a plan was already handed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The item is not an essay task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response submitPlan(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            @NotNull @Valid EssayPlanRequest plan) {
        String studentId = user.id();
        sessions.closeIfOverdue(sessionId);
        SessionItem item = sessions.submitPlan(studentId, sessionId, itemId, plan.toPlan());
        return Response.accepted(new PlanAcceptedView(item.planId, sessionId, item.id, item.state)).build();
    }

    @POST
    @Path("/{sessionId}/finish")
    @Operation(summary = "Finish the session: marks everything, emits SessionCompleted and returns the result")
    @APIResponse(responseCode = "404", description = "No such session of mine",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has already ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public ResultView finish(@PathParam("sessionId") UUID sessionId) {
        String studentId = user.id();
        sessions.closeIfOverdue(sessionId);
        return ResultView.of(sessions.finish(studentId, sessionId));
    }

    @POST
    @Path("/{sessionId}/abandon")
    @Operation(summary = "Give the session up: it takes no more answers and has no result")
    @APIResponse(responseCode = "404", description = "No such session of mine",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has already ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public SessionView abandon(@PathParam("sessionId") UUID sessionId) {
        String studentId = user.id();
        sessions.closeIfOverdue(sessionId);
        return SessionView.of(sessions.abandon(studentId, sessionId));
    }

    @GET
    @Path("/{sessionId}/result")
    @Operation(summary = "The result: overall, per question type, per note section (what to revise), time taken; it updates as essay grades arrive")
    @APIResponse(responseCode = "404", description = "No such session of mine",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An exam still running, or an abandoned session, has no result to show",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public ResultView result(@PathParam("sessionId") UUID sessionId) {
        String studentId = user.id();
        sessions.closeIfOverdue(sessionId);
        QuizSession session = sessions.owned(studentId, sessionId);
        if (!Disclosure.resultVisible(session.mode, session.status)) {
            throw ProblemException.conflict(session.status == SessionStatus.ABANDONED
                    ? "Session " + sessionId + " was abandoned and has no result"
                    : "Exam " + sessionId + " is still running; its result shows once it ends");
        }
        return ResultView.of(session);
    }
}
