package org.examsuite.quiz.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.EventJson;
import org.examsuite.events.EventType;
import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.ClozeGap;
import org.examsuite.events.content.MatchPair;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.quiz.TestTopics;
import org.examsuite.testsupport.TestTokens;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** What the tests do over and over: feed events to the broker, call the API with a token, build answers. */
final class QuizClient {

    private QuizClient() {
    }

    /** A request as the student {@code userId}, carrying their bearer token. */
    static RequestSpecification as(String userId) {
        return TestTokens.asStudent(userId).contentType(ContentType.JSON);
    }

    static RequestSpecification asTeacher(String userId) {
        return TestTokens.asTeacher(userId).contentType(ContentType.JSON);
    }

    static RequestSpecification asAdmin(String userId) {
        return TestTokens.as(userId, "admin").contentType(ContentType.JSON);
    }

    /** Someone reading the catalog, which every role may. */
    static RequestSpecification reader() {
        return TestTokens.asStudent("catalog-reader");
    }

    static String student() {
        return "student-" + UUID.randomUUID();
    }

    /** Produces an event as its owning service would put it on the broker; returns the CloudEvents id. */
    static String produce(String bootstrapServers, EventType type, String key, Object payload) {
        String eventId = UUID.randomUUID().toString();
        produce(bootstrapServers, type, key, json(payload), eventId);
        return eventId;
    }

    static void produce(String bootstrapServers, EventType type, String key, String value, String eventId) {
        TopicReader.produce(bootstrapServers, type.topic().topicName(), key, value,
                TopicReader.cloudEventHeaders(type.ceType(), eventId));
    }

    static String json(Object payload) {
        try {
            return EventJson.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the topic and waits until the catalog shows that version. */
    static TestTopics.Topic published(String bootstrapServers, TestTopics.Topic topic) {
        produce(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, topic.id().toString(), topic.snapshot());
        awaitCatalogVersion(topic.id(), topic.snapshot().version());
        return topic;
    }

    static void awaitCatalogVersion(UUID topicId, int version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = reader().get("/catalog/topics/{id}", topicId);
            return response.statusCode() == 200 && response.jsonPath().getInt("version") == version;
        });
    }

    static JsonPath start(String student, Map<String, Object> body) {
        return as(student).body(body).post("/sessions").then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> startBody(UUID topicId, String mode, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("topicIds", List.of(topicId.toString()));
        body.put("mode", mode);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static JsonPath session(String student, String sessionId) {
        return as(student).get("/sessions/{id}", sessionId).then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> items(JsonPath session) {
        return session.getList("items");
    }

    static Map<String, Object> itemOfType(JsonPath session, String type) {
        return items(session).stream().filter(i -> type.equals(i.get("type"))).findFirst().orElseThrow();
    }

    /** The right answer to a shown recall item, worked out from the question as the test published it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> correctAnswer(TestTopics.Topic topic, Map<String, Object> item) {
        RecallQuestion question = topic.question(UUID.fromString((String) item.get("questionId")));
        if (question instanceof RecallQuestion.SingleChoice q) {
            return Map.of("optionId", q.options().stream().filter(ChoiceOption::correct).findFirst().orElseThrow().id());
        }
        if (question instanceof RecallQuestion.MultipleChoice q) {
            return Map.of("optionIds", q.options().stream().filter(ChoiceOption::correct).map(ChoiceOption::id).toList());
        }
        if (question instanceof RecallQuestion.TrueFalse q) {
            return Map.of("value", q.answer());
        }
        if (question instanceof RecallQuestion.ShortAnswer q) {
            return Map.of("text", q.acceptedAnswers().get(0));
        }
        if (question instanceof RecallQuestion.Ordering q) {
            return Map.of("order", q.itemsInOrder().stream().map(OrderingItem::id).toList());
        }
        if (question instanceof RecallQuestion.Matching q) {
            List<Map<String, String>> rights = (List<Map<String, String>>) item.get("rights");
            Map<String, String> matches = new HashMap<>();
            for (MatchPair pair : q.pairs()) {
                matches.put(pair.id(), rights.stream().filter(r -> r.get("text").equals(pair.right())).findFirst()
                        .orElseThrow().get("id"));
            }
            return Map.of("matches", matches);
        }
        RecallQuestion.Cloze q = (RecallQuestion.Cloze) question;
        Map<String, String> gaps = new HashMap<>();
        for (ClozeGap gap : q.gaps()) {
            gaps.put(String.valueOf(gap.number()), gap.acceptedAnswers().get(0));
        }
        return Map.of("gaps", gaps);
    }

    static io.restassured.response.Response answer(String student, String sessionId, Object itemId, Object body) {
        return as(student).body(body).put("/sessions/{s}/items/{i}/answer", sessionId, itemId);
    }

    static Map<String, Object> plan() {
        return Map.of("thesis", "His post as General Secretary mattered most, but his rivals' mistakes helped.",
                "points", List.of(Map.of("point", "Control of appointments", "evidence", "The Secretariat and nomenklatura",
                        "explanation", "Delegates owed him their posts")),
                "counterArgument", "Trotsky's arrogance and the Left's splits did as much.",
                "conclusion", "The post was necessary but not sufficient.");
    }
}
