package org.examsuite.grading.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.examsuite.events.EventType;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.RubricLevel;
import org.examsuite.events.grading.AssessmentGradedV1;
import org.examsuite.events.grading.AssessmentModeratedV1;
import org.examsuite.events.grading.CriterionGrade;
import org.examsuite.events.grading.Grader;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.grading.domain.evidence.CriterionEstimate;
import org.examsuite.grading.domain.evidence.EvidenceReport;
import org.examsuite.grading.persistence.Assessment;
import org.examsuite.grading.persistence.CriterionGrading;
import org.examsuite.grading.persistence.EssayQuestionRecord;
import org.examsuite.grading.persistence.EssayQuestionVersion;
import org.examsuite.grading.persistence.FactorOutcome;
import org.examsuite.platform.events.EventPublisher;
import org.examsuite.platform.events.PoisonEventException;
import org.examsuite.platform.problems.Problem;
import org.examsuite.platform.problems.ProblemException;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

/**
 * The life of an assessment: a plan arrives (from a quiz session or directly) and is checked; the
 * student grades it against the rubric; a teacher may moderate. Grades leave as events through the
 * outbox, in the transaction that records them.
 */
@ApplicationScoped
public class Assessments {

    private static final Logger LOG = Logger.getLogger(Assessments.class);

    @Inject
    EventPublisher events;

    @Inject
    Validator validator;

    @Transactional
    public Assessment submit(String studentId, PlanDraft draft) {
        EssayQuestionRecord question = EssayCatalog.find(draft.essayQuestionId());
        if (!EssayCatalog.openForPlans(question)) {
            throw ProblemException.unprocessable("Essay question " + question.id
                    + " is no longer published (its topic was retracted or the question withdrawn) and takes no new plans");
        }
        return create(UUID.randomUUID(), studentId, EssayCatalog.current(question), draft.plan(), null, null);
    }

    /**
     * Creates the assessment for a plan from a quiz session, under the plan's id. A plan already
     * assessed is left as it is, so a redelivery, even under a new event id, creates nothing.
     */
    @Transactional
    public void acceptFromSession(EssayPlanSubmittedV1 submitted) {
        if (submitted.planId() == null || submitted.studentId() == null || submitted.studentId().isBlank()
                || submitted.essayQuestionId() == null || submitted.topicId() == null || submitted.plan() == null) {
            throw new PoisonEventException("EssayPlanSubmitted needs planId, studentId, essayQuestionId, topicId and plan");
        }
        if (Assessment.findById(submitted.planId()) != null) {
            LOG.debugf("Plan %s is assessed already; nothing to do", submitted.planId());
            return;
        }
        PlanDraft draft = PlanDraft.of(submitted.essayQuestionId(), submitted.plan());
        Set<ConstraintViolation<PlanDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("Plan " + submitted.planId() + " breaks the plan limits: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        EssayQuestionVersion version = EssayCatalog.versionForPlan(submitted.essayQuestionId(), submitted.topicId(),
                submitted.topicVersion()).orElseThrow(() -> EssayCatalog.topicKnownAt(submitted.topicId(), submitted.topicVersion())
                        ? new PoisonEventException("Topic " + submitted.topicId() + " has no essay question "
                                + submitted.essayQuestionId())
                        : new QuestionNotYetKnownException("Version " + submitted.topicVersion() + " of topic "
                                + submitted.topicId() + " has not arrived yet"));
        create(submitted.planId(), submitted.studentId().trim(), version, draft.plan(), submitted.sessionId(), submitted.itemId());
    }

    /** The assessment if the caller may read it; another student's is "not found", so ids reveal nothing. */
    public static Assessment readable(UUID id, String userId, boolean teacher) {
        return Assessment.<Assessment>findByIdOptional(id)
                .filter(a -> teacher || a.studentId.equals(userId))
                .orElseThrow(() -> ProblemException.notFound("Assessment", id));
    }

    @Transactional
    public Assessment selfAssess(UUID id, String userId, boolean teacher, SelfAssessmentDraft draft) {
        Assessment assessment = Assessment.findForUpdate(id)
                .filter(a -> teacher || a.studentId.equals(userId))
                .orElseThrow(() -> ProblemException.notFound("Assessment", id));
        if (!assessment.studentId.equals(userId)) {
            throw forbidden("Only the student who wrote the plan grades it; teachers moderate it");
        }
        if (assessment.status != AssessmentStatus.AWAITING_SELF_ASSESSMENT) {
            throw ProblemException.conflict("Assessment " + id + " was graded at " + assessment.selfAssessedAt
                    + "; a plan is self-assessed once");
        }
        Rubric rubric = rubricOf(assessment);
        List<Problem.FieldError> errors = choiceErrors(rubric, draft.criteria().stream()
                .map(c -> new Chosen(c.criterionKey(), c.level(), null)).toList());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int total = 0;
        List<CriterionGrade> grades = new ArrayList<>();
        for (SelfAssessmentDraft.Choice choice : draft.criteria()) {
            RubricCriterion criterion = criterion(rubric, choice.criterionKey());
            CriterionEstimate estimate = assessment.checks.estimateFor(criterion.key());
            CriterionGrading grading = assessment.criterion(criterion.key());
            grading.selfLevel = choice.level();
            grading.selfMark = BandMarks.mark(criterion, choice.level(), estimate);
            grading.selfJustification = choice.justification().strip();
            total += grading.selfMark;
            grades.add(new CriterionGrade(criterion.key(), choice.level(), grading.selfMark, criterion.maxMarks()));
        }
        assessment.selfMark = total;
        assessment.selfAssessedAt = now();
        assessment.status = AssessmentStatus.SELF_ASSESSED;
        events.publish(EventType.ASSESSMENT_GRADED_V1, assessment.id.toString(), new AssessmentGradedV1(assessment.id,
                assessment.studentId, assessment.essayQuestionId, assessment.sessionId, assessment.itemId, Grader.SELF,
                total, assessment.maxMarks, inRubricOrder(rubric, grades), assessment.selfAssessedAt));
        return assessment;
    }

    @Transactional
    public Assessment moderate(UUID id, String teacherId, boolean teacher, ModerationDraft draft) {
        if (!teacher) {
            throw forbidden("Only teachers moderate grades");
        }
        Assessment assessment = Assessment.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        if (assessment.status == AssessmentStatus.AWAITING_SELF_ASSESSMENT) {
            throw ProblemException.conflict("The student has not graded assessment " + id
                    + " yet; moderation follows the self-assessment");
        }
        if (assessment.status == AssessmentStatus.MODERATED) {
            throw ProblemException.conflict("Assessment " + id + " was moderated by " + assessment.teacherId + " at "
                    + assessment.moderatedAt + "; it is moderated once");
        }
        Rubric rubric = rubricOf(assessment);
        List<Problem.FieldError> errors = choiceErrors(rubric, draft.criteria().stream()
                .map(c -> new Chosen(c.criterionKey(), c.level(), c.mark())).toList());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int total = 0;
        List<CriterionGrade> grades = new ArrayList<>();
        for (ModerationDraft.Choice choice : draft.criteria()) {
            RubricCriterion criterion = criterion(rubric, choice.criterionKey());
            CriterionGrading grading = assessment.criterion(criterion.key());
            grading.teacherLevel = choice.level();
            grading.teacherMark = choice.mark() != null ? choice.mark()
                    : BandMarks.mark(criterion, choice.level(), assessment.checks.estimateFor(criterion.key()));
            grading.teacherComment = choice.comment().strip();
            total += grading.teacherMark;
            grades.add(new CriterionGrade(criterion.key(), choice.level(), grading.teacherMark, criterion.maxMarks()));
        }
        assessment.teacherMark = total;
        assessment.teacherId = teacherId;
        assessment.teacherComment = draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip();
        assessment.moderatedAt = now();
        assessment.status = AssessmentStatus.MODERATED;
        events.publish(EventType.ASSESSMENT_MODERATED_V1, assessment.id.toString(), new AssessmentModeratedV1(assessment.id,
                assessment.studentId, teacherId, assessment.essayQuestionId, assessment.sessionId, assessment.itemId,
                Grader.TEACHER, total, assessment.maxMarks, inRubricOrder(rubric, grades), assessment.moderatedAt));
        return assessment;
    }

    public static Rubric rubricOf(Assessment assessment) {
        return EssayCatalog.version(assessment.essayQuestionId, assessment.questionVersion).question.rubric();
    }

    private Assessment create(UUID id, String studentId, EssayQuestionVersion version, EssayPlan plan, UUID sessionId,
            UUID itemId) {
        EssayQuestion question = version.question;
        EvidenceReport checks = EvidenceReport.check(question, plan);
        Assessment assessment = new Assessment();
        assessment.id = id;
        assessment.studentId = studentId;
        assessment.essayQuestionId = question.id();
        assessment.questionVersion = version.key.version;
        assessment.topicId = version.topicId;
        assessment.rubricId = version.rubricId;
        assessment.rubricVersion = version.rubricVersion;
        assessment.sessionId = sessionId;
        assessment.itemId = itemId;
        assessment.plan = plan;
        assessment.checks = checks;
        assessment.status = AssessmentStatus.AWAITING_SELF_ASSESSMENT;
        assessment.maxMarks = question.rubric().maxMarks();
        assessment.submittedAt = now();
        for (CriterionEstimate estimate : checks.estimates()) {
            CriterionGrading grading = new CriterionGrading();
            grading.criterionKey = estimate.criterionKey();
            grading.criterionName = estimate.criterionName();
            grading.estimateLow = estimate.lowLevel();
            grading.estimateHigh = estimate.highLevel();
            assessment.criteria.add(grading);
        }
        Set<String> covered = new HashSet<>();
        checks.coverage().covered().forEach(c -> covered.add(c.key()));
        for (IndicativeFactor factor : question.indicativeContent() == null ? List.<IndicativeFactor>of() : question.indicativeContent()) {
            assessment.factors.add(new FactorOutcome(factor.key(), factor.title(), covered.contains(factor.key())));
        }
        assessment.persist();
        return assessment;
    }

    private record Chosen(String criterionKey, int level, Integer mark) {
    }

    /** Every criterion once, each at a level its rubric has, and a teacher's mark inside that level's band. */
    private static List<Problem.FieldError> choiceErrors(Rubric rubric, List<Chosen> chosen) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String keys = rubric.criteria().stream().map(RubricCriterion::key).collect(Collectors.joining(", "));
        for (int i = 0; i < chosen.size(); i++) {
            Chosen choice = chosen.get(i);
            RubricCriterion criterion = rubric.criteria().stream().filter(c -> c.key().equals(choice.criterionKey()))
                    .findFirst().orElse(null);
            String field = "criteria[" + i + "]";
            if (criterion == null) {
                errors.add(new Problem.FieldError(field + ".criterionKey",
                        "the rubric has no criterion '" + choice.criterionKey() + "'; its criteria are " + keys));
            } else if (!seen.add(criterion.key())) {
                errors.add(new Problem.FieldError(field + ".criterionKey", "criterion '" + criterion.key() + "' is graded twice"));
            } else if (!BandMarks.hasLevel(criterion, choice.level())) {
                errors.add(new Problem.FieldError(field + ".level", "criterion '" + criterion.key() + "' has no level "
                        + choice.level() + "; its levels are " + levels(criterion) + ", or 0 for nothing creditworthy"));
            } else if (choice.mark() != null && !BandMarks.withinBand(criterion, choice.level(), choice.mark())) {
                errors.add(new Problem.FieldError(field + ".mark", "level " + choice.level() + " of '" + criterion.key()
                        + "' takes " + band(criterion, choice.level()) + " marks, not " + choice.mark()));
            }
        }
        List<String> missing = rubric.criteria().stream().map(RubricCriterion::key).filter(k -> !seen.contains(k)).toList();
        if (!missing.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("criteria", "every criterion of the rubric needs a level; missing: "
                    + String.join(", ", missing)));
        }
        return errors;
    }

    private static String levels(RubricCriterion criterion) {
        return criterion.levels().stream().map(l -> String.valueOf(l.level())).collect(Collectors.joining(", "));
    }

    private static String band(RubricCriterion criterion, int level) {
        return level == BandMarks.NOTHING_CREDITWORTHY ? "0"
                : BandMarks.band(criterion, level).map(RubricLevel::minMark).orElseThrow() + "-"
                        + BandMarks.band(criterion, level).map(RubricLevel::maxMark).orElseThrow();
    }

    private static RubricCriterion criterion(Rubric rubric, String key) {
        return rubric.criteria().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<CriterionGrade> inRubricOrder(Rubric rubric, List<CriterionGrade> grades) {
        List<String> order = rubric.criteria().stream().map(RubricCriterion::key).toList();
        return grades.stream().sorted(java.util.Comparator.comparingInt(g -> order.indexOf(g.criterionKey()))).toList();
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, "Forbidden", detail, List.of());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
