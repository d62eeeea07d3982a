package org.examsuite.grading.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.grading.domain.AssessmentStatus;
import org.examsuite.grading.domain.BandMarks;
import org.examsuite.grading.domain.CriterionCalibration;
import org.examsuite.grading.domain.evidence.Balance;
import org.examsuite.grading.domain.evidence.CriterionEstimate;
import org.examsuite.grading.domain.evidence.EvidenceReport;
import org.examsuite.grading.domain.evidence.FactorCoverage;
import org.examsuite.grading.domain.evidence.Judgement;
import org.examsuite.grading.domain.evidence.SpecificEvidence;
import org.examsuite.grading.domain.evidence.Structure;
import org.examsuite.grading.persistence.Assessment;
import org.examsuite.grading.persistence.CriterionGrading;
import org.examsuite.grading.persistence.EssayQuestionVersion;

/** Assessments as clients read them. */
public final class AssessmentViews {

    static final String HEURISTICS_NOTE = "Heuristics, not a grade: computed from the words of the plan by stemmed term "
            + "matching, phrase cues and counts (see the service's README for the rules). They show what a teacher would "
            + "look for, to inform your own judgement against the mark scheme.";

    private AssessmentViews() {
    }

    public record Summary(UUID id, String studentId, UUID essayQuestionId, int questionVersion, String prompt,
            AssessmentStatus status, Integer selfMark, Integer teacherMark, int maxMarks, UUID sessionId, UUID itemId,
            Instant submittedAt, Instant selfAssessedAt, Instant moderatedAt) {

        static Summary of(Assessment a, EssayQuestionVersion version) {
            return new Summary(a.id, a.studentId, a.essayQuestionId, a.questionVersion, version.question.prompt(), a.status,
                    a.selfMark, a.teacherMark, a.maxMarks, a.sessionId, a.itemId, a.submittedAt, a.selfAssessedAt,
                    a.moderatedAt);
        }
    }

    /**
     * An assessment with all a student or teacher needs: the question version and rubric it is graded
     * against, the plan, the evidence checks, the self-grade with its calibration, and the moderation.
     */
    public record Detail(UUID id, String studentId, AssessmentStatus status, Source source, QuestionRef question,
            Rubric rubric, EssayPlan plan, Checks checks, SelfGrade selfAssessment, Moderation moderation,
            Instant submittedAt) {

        static Detail of(Assessment a, EssayQuestionVersion version) {
            EssayQuestion q = version.question;
            return new Detail(a.id, a.studentId, a.status, a.sessionId == null ? null : new Source(a.sessionId, a.itemId),
                    new QuestionRef(q.id(), a.questionVersion, a.topicId, version.topicTitle, q.prompt(), q.commandWord(),
                            q.marks(), a.rubricId, a.rubricVersion),
                    q.rubric(), a.plan, Checks.of(a.checks), SelfGrade.of(a, q.rubric()), Moderation.of(a, q.rubric()),
                    a.submittedAt);
        }
    }

    /** The quiz session item the plan came from; absent for a plan submitted directly. */
    public record Source(UUID sessionId, UUID itemId) {
    }

    public record QuestionRef(UUID id, int version, UUID topicId, String topicTitle, String prompt, CommandWord commandWord,
            int marks, UUID rubricId, int rubricVersion) {
    }

    @Schema(description = "Evidence checks run when the plan arrived. Heuristics: they inform, they do not grade.")
    public record Checks(boolean heuristic, String note, FactorCoverage coverage, Judgement judgement, Balance balance,
            SpecificEvidence specificEvidence, Structure structure, List<CriterionEstimate> estimates) {

        static Checks of(EvidenceReport report) {
            return new Checks(true, HEURISTICS_NOTE, report.coverage(), report.judgement(), report.balance(),
                    report.specificEvidence(), report.structure(), report.estimates());
        }
    }

    /**
     * The student's grade: marks by the rubric's bands, and per criterion how the chosen level
     * compares with the evidence estimate, descriptors side by side.
     */
    public record SelfGrade(Instant gradedAt, int total, int maxMarks, List<CriterionSelfGrade> criteria,
            List<CriterionCalibration> calibration) {

        static SelfGrade of(Assessment a, Rubric rubric) {
            if (a.selfAssessedAt == null) {
                return null;
            }
            List<CriterionSelfGrade> grades = new ArrayList<>();
            List<CriterionCalibration> calibration = new ArrayList<>();
            for (RubricCriterion criterion : rubric.criteria()) {
                CriterionGrading g = a.criterion(criterion.key());
                grades.add(new CriterionSelfGrade(criterion.key(), criterion.name(), g.selfLevel,
                        BandMarks.descriptor(criterion, g.selfLevel), g.selfMark, criterion.maxMarks(), g.selfJustification));
                calibration.add(CriterionCalibration.of(criterion, a.checks.estimateFor(criterion.key()), g.selfLevel));
            }
            return new SelfGrade(a.selfAssessedAt, a.selfMark, a.maxMarks, grades, calibration);
        }
    }

    public record CriterionSelfGrade(String criterionKey, String criterionName, int level, String descriptor, int mark,
            int maxMarks, String justification) {
    }

    /** The teacher's grade beside the student's, criterion by criterion. */
    public record Moderation(String teacherId, Instant moderatedAt, int total, int maxMarks, int selfTotal, String comment,
            List<CriterionModeration> criteria) {

        static Moderation of(Assessment a, Rubric rubric) {
            if (a.moderatedAt == null) {
                return null;
            }
            List<CriterionModeration> criteria = new ArrayList<>();
            for (RubricCriterion criterion : rubric.criteria()) {
                CriterionGrading g = a.criterion(criterion.key());
                criteria.add(new CriterionModeration(criterion.key(), criterion.name(), g.teacherLevel,
                        BandMarks.descriptor(criterion, g.teacherLevel), g.teacherMark, g.teacherComment, g.selfLevel,
                        BandMarks.descriptor(criterion, g.selfLevel), g.selfMark, g.selfLevel - g.teacherLevel));
            }
            return new Moderation(a.teacherId, a.moderatedAt, a.teacherMark, a.maxMarks, a.selfMark, a.teacherComment, criteria);
        }
    }

    public record CriterionModeration(String criterionKey, String criterionName, int teacherLevel, String teacherDescriptor,
            int teacherMark, String comment, int selfLevel, String selfDescriptor, int selfMark, int selfMinusTeacher) {
    }
}
