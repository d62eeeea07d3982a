package org.examsuite.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.ClozeGap;
import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.KeyPoint;
import org.examsuite.events.content.MatchPair;
import org.examsuite.events.content.NoteSection;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.RubricLevel;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.events.grading.AssessmentGradedV1;
import org.examsuite.events.grading.AssessmentModeratedV1;
import org.examsuite.events.grading.CriterionGrade;
import org.examsuite.events.grading.Grader;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.events.quiz.PlanPoint;
import org.examsuite.events.quiz.ScoreSummary;
import org.examsuite.events.quiz.SessionCompletedV1;

/**
 * One valid example of every event type, checked against its JSON Schema by this module's tests.
 * Producers' and consumers' tests start from these, so both sides are tested against the same
 * documents the contract describes.
 */
public final class EventExamples {

    public static final UUID TOPIC_ID = UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2a01");
    public static final UUID SECTION_ID = UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2a02");
    public static final UUID ESSAY_QUESTION_ID = UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2a03");
    public static final UUID RUBRIC_ID = UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2a04");
    public static final UUID PLAN_ID = UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2a05");
    public static final UUID SESSION_ID = UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2a06");
    public static final UUID ITEM_ID = UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2a07");
    public static final String STUDENT_ID = "student-ada";
    public static final String TEACHER_ID = "teacher-grace";
    public static final String ADMIN_ID = "admin-alan";
    private static final Instant AT = Instant.parse("2026-09-14T09:30:00Z");

    private EventExamples() {
    }

    /** A topic with a note section, one recall question of every type and an essay question with its rubric. */
    public static TopicPublishedV1 topicPublished() {
        return new TopicPublishedV1(TOPIC_ID, 1, "History", "Case Studies in Twentieth Century Totalitarianism", "14.2",
                "Stalin's Russia, 1924-41", "Why did Stalin gain power from 1924?",
                List.of(QualificationLevel.AS_LEVEL, QualificationLevel.A_LEVEL), List.of("AQA", "OCR"),
                List.of(new NoteSection(SECTION_ID, 1, "The Rise of Stalin",
                        List.of(new KeyPoint("Lenin's Death and the Power Vacuum", "In 1924, Vladimir Lenin died.")))),
                List.of(
                        new RecallQuestion.SingleChoice(question(1), "Which post did Stalin hold from 1922?",
                                List.of(new ChoiceOption("a", "General Secretary", true, null),
                                        new ChoiceOption("b", "Commissar for War", false, "That was Trotsky.")),
                                "Stalin became General Secretary in April 1922.", SECTION_ID),
                        new RecallQuestion.MultipleChoice(question(2), "Who formed the triumvirate of 1923-25?",
                                List.of(new ChoiceOption("a", "Stalin", true, null), new ChoiceOption("b", "Zinoviev", true, null),
                                        new ChoiceOption("c", "Kamenev", true, null), new ChoiceOption("d", "Trotsky", false, null)),
                                "They allied against Trotsky.", SECTION_ID),
                        new RecallQuestion.TrueFalse(question(3), "Lenin died in 1924.", true, "21 January 1924.", SECTION_ID),
                        new RecallQuestion.ShortAnswer(question(4), "Which policy allowed small private trade from 1921?",
                                List.of("New Economic Policy", "NEP"), false, "Lenin's NEP.", SECTION_ID),
                        new RecallQuestion.Ordering(question(5), "Put these events in chronological order.",
                                List.of(new OrderingItem("k", "Lenin dies"), new OrderingItem("m", "Trotsky expelled from the party"),
                                        new OrderingItem("p", "Trotsky deported from the USSR")),
                                "1924, 1927, 1929.", SECTION_ID),
                        new RecallQuestion.Matching(question(6), "Match each person to their role.",
                                List.of(new MatchPair("x", "Trotsky", "Commissar for War"), new MatchPair("y", "Bukharin", "Leader of the Right"),
                                        new MatchPair("z", "Yezhov", "Head of the NKVD 1936-38")),
                                null, null),
                        new RecallQuestion.Cloze(question(7), "Complete the sentence.", "Lenin died in {{1}}; Stalin was {{2}}.",
                                List.of(new ClozeGap(1, List.of("1924")), new ClozeGap(2, List.of("General Secretary"))),
                                null, SECTION_ID)),
                List.of(new EssayQuestion(ESSAY_QUESTION_ID,
                        "To what extent was Stalin's emergence as leader of the USSR due to his own machinations?",
                        CommandWord.TO_WHAT_EXTENT, 20, 40, "Weigh Stalin's manoeuvring against his rivals' errors.",
                        new Rubric(RUBRIC_ID, 1, "History essay (20)", List.of(
                                new RubricCriterion("knowledge", "Knowledge and understanding", "Accurate, relevant detail", 10, List.of(
                                        new RubricLevel(1, "Some relevant knowledge", 1, 5), new RubricLevel(2, "Detailed, accurate knowledge", 6, 10))),
                                new RubricCriterion("judgement", "Evaluation and judgement", "A substantiated judgement", 10, List.of(
                                        new RubricLevel(1, "Assertion", 1, 5), new RubricLevel(2, "Weighed, supported judgement", 6, 10))))),
                        List.of(new IndicativeFactor("general-secretary", "Control of the party machine",
                                "Appointments through the Secretariat", List.of("General Secretary", "1922", "nomenklatura", "Lenin Enrolment"), 2),
                                new IndicativeFactor("rivals-errors", "Rivals' mistakes", "Trotsky's arrogance and absence",
                                        List.of("Trotsky", "funeral", "arrogance", "underestimated"), 2)))),
                AT);
    }

    public static TopicRetractedV1 topicRetracted() {
        return new TopicRetractedV1(TOPIC_ID, 1, AT.plusSeconds(3600));
    }

    public static EssayPlanSubmittedV1 essayPlanSubmitted() {
        return new EssayPlanSubmittedV1(PLAN_ID, STUDENT_ID, SESSION_ID, ITEM_ID, ESSAY_QUESTION_ID, TOPIC_ID, 1,
                new EssayPlan("Stalin's own manoeuvring mattered most, but his rivals' errors made it possible.",
                        List.of(new PlanPoint("Control of the party machine", "General Secretary from 1922; the Lenin Enrolment of 1924",
                                "He packed the party with loyal members who voted for him.")),
                        "Trotsky's arrogance and absence from Lenin's funeral in 1924 cost him support.",
                        "To a large extent his machinations explain his rise, though they worked only because his rivals underestimated him."),
                AT.plusSeconds(600));
    }

    public static AssessmentGradedV1 assessmentGraded() {
        return new AssessmentGradedV1(PLAN_ID, STUDENT_ID, ESSAY_QUESTION_ID, SESSION_ID, ITEM_ID, Grader.SELF, 14, 20,
                List.of(new CriterionGrade("knowledge", 2, 7, 10), new CriterionGrade("judgement", 2, 7, 10)), AT.plusSeconds(900));
    }

    public static AssessmentModeratedV1 assessmentModerated() {
        return new AssessmentModeratedV1(PLAN_ID, STUDENT_ID, TEACHER_ID, ESSAY_QUESTION_ID, SESSION_ID, ITEM_ID, Grader.TEACHER,
                11, 20, List.of(new CriterionGrade("knowledge", 2, 6, 10), new CriterionGrade("judgement", 1, 5, 10)),
                AT.plusSeconds(86_400));
    }

    public static SessionCompletedV1 sessionCompleted() {
        return new SessionCompletedV1(SESSION_ID, STUDENT_ID, List.of(TOPIC_ID), "PRACTICE", 5.5, 7, 1,
                List.of(new ScoreSummary("SINGLE_CHOICE", 1, 1, 1), new ScoreSummary("ORDERING", 0.5, 1, 1)),
                List.of(new ScoreSummary("The Rise of Stalin", 5.5, 7, 7)), AT.minusSeconds(1200), AT);
    }

    public static StudentErasureRequestedV1 studentErasureRequested() {
        return new StudentErasureRequestedV1(STUDENT_ID, ADMIN_ID, AT.plusSeconds(172_800));
    }

    /** The example of each type, by type. */
    public static Object of(EventType type) {
        return switch (type) {
            case TOPIC_PUBLISHED_V1 -> topicPublished();
            case TOPIC_RETRACTED_V1 -> topicRetracted();
            case ESSAY_PLAN_SUBMITTED_V1 -> essayPlanSubmitted();
            case SESSION_COMPLETED_V1 -> sessionCompleted();
            case ASSESSMENT_GRADED_V1 -> assessmentGraded();
            case ASSESSMENT_MODERATED_V1 -> assessmentModerated();
            case STUDENT_ERASURE_REQUESTED_V1 -> studentErasureRequested();
        };
    }

    private static UUID question(int n) {
        return UUID.fromString("5b0d6f0e-3c1e-4e8a-9a43-0d7f5b1c2b0" + n);
    }
}
