package org.examsuite.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventType;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;

import org.examsuite.testsupport.TestTokens;

import com.fasterxml.jackson.core.JsonProcessingException;

import static org.awaitility.Awaitility.await;

/** Events as other services send them: raw records with CloudEvents headers, straight onto the broker. */
public final class TestEvents {

    /** The student whose token reads the essay questions while a test waits for them. */
    public static final String READER = "student-reader";

    private TestEvents() {
    }

    /** Produces {@code payload} as an event of {@code type} with a new event id, and returns the id. */
    public static String produce(String bootstrapServers, EventType type, String key, Object payload) {
        String id = UUID.randomUUID().toString();
        produce(bootstrapServers, type, key, payload, id);
        return id;
    }

    public static void produce(String bootstrapServers, EventType type, String key, Object payload, String eventId) {
        try {
            TopicReader.produce(bootstrapServers, type.topic().topicName(), key, EventJson.mapper().writeValueAsString(payload),
                    TopicReader.cloudEventHeaders(type.ceType(), eventId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the demo topic as content-service would and waits until grading-service lists its questions. */
    public static TopicPublishedV1 publishDemoTopic(String bootstrapServers, UUID topicId) {
        TopicPublishedV1 topic = DemoPack.topic(topicId, 1);
        produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topicId.toString(), topic);
        awaitQuestions(topicId, topic.essayQuestions().size());
        return topic;
    }

    public static void awaitQuestions(UUID topicId, int count) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> TestTokens.asStudent(READER).queryParam("topicId", topicId)
                .get("/essay-questions").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(count)));
    }

    public static EssayPlanSubmittedV1 planSubmitted(UUID planId, String studentId, EssayQuestion question, UUID topicId,
            int topicVersion, EssayPlan plan) {
        return new EssayPlanSubmittedV1(planId, studentId, UUID.randomUUID(), UUID.randomUUID(), question.id(), topicId,
                topicVersion, plan, Instant.now());
    }

    /** A plan as the body of POST /assessments: the fixed plan fields plus the question. */
    public static Map<String, Object> planBody(UUID essayQuestionId, EssayPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("essayQuestionId", essayQuestionId);
        body.put("thesis", plan.thesis());
        body.put("points", plan.points().stream()
                .map(p -> Map.of("point", p.point(), "evidence", p.evidence(), "explanation", p.explanation())).toList());
        body.put("counterArgument", plan.counterArgument());
        body.put("conclusion", plan.conclusion());
        return body;
    }

    /** A self-assessment body: one level per demo criterion, each with a justification. */
    public static Map<String, Object> levels(int knowledge, int analysis, int evaluation) {
        return Map.of("criteria", List.of(
                Map.of("criterionKey", "knowledge", "level", knowledge, "justification", "My evidence is detailed."),
                Map.of("criterionKey", "analysis", "level", analysis, "justification", "Each point explains why."),
                Map.of("criterionKey", "evaluation", "level", evaluation, "justification", "I weigh the factors.")));
    }

    /** A moderation body: one level and comment per demo criterion. */
    public static Map<String, Object> moderation(int knowledge, int analysis, int evaluation) {
        return Map.of("comment", "Good range; sharpen the judgement.", "criteria", List.of(
                Map.of("criterionKey", "knowledge", "level", knowledge, "comment", "Well supported."),
                Map.of("criterionKey", "analysis", "level", analysis, "comment", "Explain the links."),
                Map.of("criterionKey", "evaluation", "level", evaluation, "comment", "Weigh throughout.")));
    }
}
