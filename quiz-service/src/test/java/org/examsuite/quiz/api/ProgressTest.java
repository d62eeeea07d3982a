package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examsuite.quiz.api.QuizClient.answer;
import static org.examsuite.quiz.api.QuizClient.as;
import static org.examsuite.quiz.api.QuizClient.asTeacher;
import static org.examsuite.quiz.api.QuizClient.correctAnswer;
import static org.examsuite.quiz.api.QuizClient.items;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.examsuite.quiz.api.QuizClient.student;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.quiz.TestTopics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProgressTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void progressPerTopicShowsLastBestTrendAndWeakestSections() {
        TestTopics.Topic topic = published(bootstrapServers, TestTopics.topic("Progress " + UUID.randomUUID()));
        String student = student();

        JsonPath first = start(student, startBody(topic.id(), "PRACTICE", "questionCount", 20));
        for (Map<String, Object> item : items(first)) {
            boolean economy = topic.question(UUID.fromString((String) item.get("questionId"))).sectionId()
                    .equals(topic.economy().id());
            if (!economy) {
                answer(student, first.getString("id"), item.get("id"), correctAnswer(topic, item)).then().statusCode(200);
            }
        }
        as(student).post("/sessions/{id}/finish", first.getString("id")).then().statusCode(200)
                .body("percentage", equalTo(62.5f));

        JsonPath second = start(student, startBody(topic.id(), "EXAM", "questionCount", 20));
        for (Map<String, Object> item : items(second)) {
            answer(student, second.getString("id"), item.get("id"), correctAnswer(topic, item)).then().statusCode(200);
        }
        as(student).post("/sessions/{id}/finish", second.getString("id")).then().statusCode(200);
        start(student, startBody(topic.id(), "PRACTICE"));

        JsonPath progress = as(student).get("/progress").then().statusCode(200).extract().jsonPath();
        assertThat(progress.getString("studentId")).isEqualTo(student);
        String entry = "topics.find { it.topicId == '" + topic.id() + "' }";
        assertThat(progress.getString(entry + ".title")).isEqualTo(topic.snapshot().title());
        assertThat(progress.getInt(entry + ".sessions")).isEqualTo(2);
        assertThat(progress.getDouble(entry + ".lastPercentage")).isEqualTo(100.0);
        assertThat(progress.getDouble(entry + ".bestPercentage")).isEqualTo(100.0);
        assertThat(progress.getString(entry + ".trend")).isEqualTo("IMPROVING");
        assertThat(progress.getList(entry + ".weakestSections.title")).containsExactly("Collectivisation and the Five-Year Plans");
        assertThat(progress.getList(entry + ".history.mode")).containsExactly("PRACTICE", "EXAM");

        as(student()).get("/progress/{id}", student).then().statusCode(404).contentType("application/problem+json");
        asTeacher("teacher-" + UUID.randomUUID()).get("/progress/{id}", student).then().statusCode(200)
                .body(entry + ".sessions", equalTo(2));
        as(student).get("/progress/{id}", student).then().statusCode(200);
        as(student()).get("/progress").then().statusCode(200).body("topics.size()", equalTo(0));
    }
}
