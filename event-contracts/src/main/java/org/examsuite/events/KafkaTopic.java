package org.examsuite.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Kafka topics of the suite with their partition counts. Topics are created from this list
 * (by the development broker and by the Compose init step) instead of by broker auto-creation, so
 * that every environment has the same partitioning and therefore the same per-key ordering. The
 * {@code .dlq} topics take what a consumer could not process, one per consumer and source topic.
 */
public enum KafkaTopic {
    CONTENT_TOPICS("content.topics", 3),
    QUIZ_ESSAY_PLANS("quiz.essay-plans", 6),
    QUIZ_SESSIONS("quiz.sessions", 3),
    GRADING_ASSESSMENTS("grading.assessments", 6),
    PRIVACY_ERASURES("privacy.erasures", 3),
    QUIZ_CONTENT_TOPICS_DLQ("quiz-service.content.topics.dlq", 1),
    QUIZ_GRADING_ASSESSMENTS_DLQ("quiz-service.grading.assessments.dlq", 1),
    GRADING_CONTENT_TOPICS_DLQ("grading-service.content.topics.dlq", 1),
    GRADING_ESSAY_PLANS_DLQ("grading-service.quiz.essay-plans.dlq", 1),
    GRADING_PRIVACY_ERASURES_DLQ("grading-service.privacy.erasures.dlq", 1);

    private final String topicName;
    private final int partitions;

    KafkaTopic(String topicName, int partitions) {
        this.topicName = topicName;
        this.partitions = partitions;
    }

    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    public static Optional<KafkaTopic> byName(String topicName) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(topicName)).findFirst();
    }
}
