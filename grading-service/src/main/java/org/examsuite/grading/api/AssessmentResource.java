package org.examsuite.grading.api;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.api.PageOf;
import org.examsuite.grading.domain.AssessmentStatus;
import org.examsuite.grading.domain.Assessments;
import org.examsuite.grading.domain.EssayCatalog;
import org.examsuite.grading.domain.ModerationDraft;
import org.examsuite.grading.domain.PlanDraft;
import org.examsuite.grading.domain.SelfAssessmentDraft;
import org.examsuite.grading.persistence.Assessment;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;

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

@RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/assessments")
@Tag(name = "Assessments", description = "Essay plans, their evidence checks, the student's grade and the teacher's moderation")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request: the fields at fault are listed")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class AssessmentResource {

    @Inject
    CurrentUser user;

    @Inject
    Assessments assessments;

    @POST
    @RolesAllowed(CurrentUser.STUDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a plan for an essay question directly (students); the evidence checks run at once",
            description = "The student is the caller (the token's subject; a studentId in the body is ignored). "
                    + "The plan is graded against the question's current version.")
    @APIResponse(responseCode = "201", description = "Created; Location names the assessment")
    @APIResponse(responseCode = "404", description = "No such essay question")
    @APIResponse(responseCode = "422", description = "The question's topic was retracted, or the question withdrawn")
    @Transactional
    public Response submit(@NotNull @Valid PlanDraft draft) {
        Assessment assessment = assessments.submit(user.id(), draft);
        return Response.created(URI.create("/assessments/" + assessment.id))
                .entity(AssessmentViews.Detail.of(assessment,
                        EssayCatalog.version(assessment.essayQuestionId, assessment.questionVersion)))
                .build();
    }

    @GET
    @Operation(summary = "List assessments, newest first: a student's own, or for teachers everyone's",
            description = "Teachers find the grades to moderate with status=SELF_ASSESSED. A student's list holds only their "
                    + "own; a studentId filter naming anyone else answers 404, as another student's assessment does.")
    @APIResponse(responseCode = "404", description = "A student filtered by another student's id")
    @Transactional
    public PageOf<AssessmentViews.Summary> list(@QueryParam("status") String status,
            @QueryParam("essayQuestionId") UUID essayQuestionId, @QueryParam("studentId") String studentId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String caller = user.id();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!user.isTeacher()) {
            // Another student's assessments do not exist for a student, whether or not that student has any.
            if (studentId != null && !studentId.equals(caller)) {
                throw ProblemException.notFound("Student", studentId);
            }
            where.append(" and studentId = :caller");
            params.put("caller", caller);
        }
        if (studentId != null) {
            where.append(" and studentId = :student");
            params.put("student", studentId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status(status));
        }
        if (essayQuestionId != null) {
            where.append(" and essayQuestionId = :question");
            params.put("question", essayQuestionId);
        }
        var found = Assessment.<Assessment>find(where.toString(), Sort.descending("submittedAt").and("id"), params);
        var items = found.page(Page.of(page, size)).list().stream()
                .map(a -> AssessmentViews.Summary.of(a, EssayCatalog.version(a.essayQuestionId, a.questionVersion)))
                .toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @GET
    @Path("/{assessmentId}")
    @Operation(summary = "Read an assessment with its rubric, evidence checks, self-grade and moderation")
    @APIResponse(responseCode = "404", description = "No such assessment, or another student's")
    @Transactional
    public AssessmentViews.Detail get(@PathParam("assessmentId") UUID assessmentId) {
        Assessment assessment = Assessments.readable(assessmentId, user.id(), user.isTeacher());
        return AssessmentViews.Detail.of(assessment, EssayCatalog.version(assessment.essayQuestionId, assessment.questionVersion));
    }

    @PUT
    @Path("/{assessmentId}/self-assessment")
    @RolesAllowed(CurrentUser.STUDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade your own plan (students): a level and a justification per rubric criterion",
            description = "Marks follow the rubric's bands; where in a band is set by the evidence estimate. "
                    + "Returns the total and, per criterion, the self-grade against the evidence. Emits AssessmentGraded.")
    @APIResponse(responseCode = "200", description = "Graded")
    @APIResponse(responseCode = "404", description = "No such assessment, or another student's")
    @APIResponse(responseCode = "409", description = "Graded already")
    @Transactional
    public AssessmentViews.SelfGrade selfAssess(@PathParam("assessmentId") UUID assessmentId,
            @NotNull @Valid SelfAssessmentDraft draft) {
        Assessment assessment = assessments.selfAssess(assessmentId, user.id(), user.isTeacher(), draft);
        return AssessmentViews.SelfGrade.of(assessment, Assessments.rubricOf(assessment));
    }

    @PUT
    @Path("/{assessmentId}/moderation")
    @RolesAllowed({CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moderate a student's grade (teachers): a level and a comment per criterion",
            description = "The student then sees both grades side by side. Emits AssessmentModerated.")
    @APIResponse(responseCode = "200", description = "Moderated")
    @APIResponse(responseCode = "404", description = "No such assessment")
    @APIResponse(responseCode = "409", description = "Not self-assessed yet, or moderated already")
    @Transactional
    public AssessmentViews.Moderation moderate(@PathParam("assessmentId") UUID assessmentId,
            @NotNull @Valid ModerationDraft draft) {
        Assessment assessment = assessments.moderate(assessmentId, user.id(), user.isTeacher(), draft);
        return AssessmentViews.Moderation.of(assessment, Assessments.rubricOf(assessment));
    }

    private static AssessmentStatus status(String status) {
        try {
            return AssessmentStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.stream(AssessmentStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
