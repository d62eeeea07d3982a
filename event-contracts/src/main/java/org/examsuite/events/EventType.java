package org.examsuite.events;

import java.util.Arrays;
import java.util.Optional;

import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.events.grading.AssessmentGradedV1;
import org.examsuite.events.grading.AssessmentModeratedV1;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.events.quiz.SessionCompletedV1;

/**
 * Every event type of the suite: its CloudEvents type (versioned in the name), the topic it
 * travels on and its payload class. A change that breaks a consumer is a new entry with a new
 * version, never an edit of an existing one.
 */
public enum EventType {
    TOPIC_PUBLISHED_V1("org.examsuite.content.TopicPublished.v1", KafkaTopic.CONTENT_TOPICS, TopicPublishedV1.class),
    TOPIC_RETRACTED_V1("org.examsuite.content.TopicRetracted.v1", KafkaTopic.CONTENT_TOPICS, TopicRetractedV1.class),
    ESSAY_PLAN_SUBMITTED_V1("org.examsuite.quiz.EssayPlanSubmitted.v1", KafkaTopic.QUIZ_ESSAY_PLANS, EssayPlanSubmittedV1.class),
    SESSION_COMPLETED_V1("org.examsuite.quiz.SessionCompleted.v1", KafkaTopic.QUIZ_SESSIONS, SessionCompletedV1.class),
    ASSESSMENT_GRADED_V1("org.examsuite.grading.AssessmentGraded.v1", KafkaTopic.GRADING_ASSESSMENTS, AssessmentGradedV1.class),
    ASSESSMENT_MODERATED_V1("org.examsuite.grading.AssessmentModerated.v1", KafkaTopic.GRADING_ASSESSMENTS, AssessmentModeratedV1.class),
    STUDENT_ERASURE_REQUESTED_V1("org.examsuite.privacy.StudentErasureRequested.v1", KafkaTopic.PRIVACY_ERASURES, StudentErasureRequestedV1.class);

    private final String ceType;
    private final KafkaTopic topic;
    private final Class<?> payloadType;

    EventType(String ceType, KafkaTopic topic, Class<?> payloadType) {
        this.ceType = ceType;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String ceType() {
        return ceType;
    }

    public KafkaTopic topic() {
        return topic;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static Optional<EventType> byPayloadType(Class<?> payloadType) {
        return Arrays.stream(values()).filter(t -> t.payloadType.equals(payloadType)).findFirst();
    }
}
