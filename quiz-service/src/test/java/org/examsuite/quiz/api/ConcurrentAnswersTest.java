package org.examsuite.quiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examsuite.quiz.api.QuizClient.answer;
import static org.examsuite.quiz.api.QuizClient.itemOfType;
import static org.examsuite.quiz.api.QuizClient.published;
import static org.examsuite.quiz.api.QuizClient.session;
import static org.examsuite.quiz.api.QuizClient.start;
import static org.examsuite.quiz.api.QuizClient.startBody;
import static org.examsuite.quiz.api.QuizClient.student;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.quiz.TestTopics;
import org.examsuite.quiz.persistence.AnswerAttempt;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrentAnswersTest {

    private static final int ANSWERS = 12;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void racingAnswersToOneItemNeverCorruptTheSession() throws Exception {
        TestTopics.Topic topic = published(bootstrapServers, TestTopics.topic("Race " + UUID.randomUUID()));
        String student = student();
        for (String mode : List.of("PRACTICE", "EXAM")) {
            JsonPath started = start(student, startBody(topic.id(), mode, "timeLimitSeconds", 600));
            String sessionId = started.getString("id");
            String itemId = (String) itemOfType(started, "SINGLE_CHOICE").get("id");
            String otherItemId = (String) itemOfType(started, "TRUE_FALSE").get("id");

            List<Response> responses = race(student, sessionId, itemId, otherItemId);
            List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
            assertThat(statuses).as(mode).containsOnly(200, 409).contains(200);
            responses.stream().filter(r -> r.statusCode() == 409)
                    .forEach(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
            long accepted = statuses.stream().filter(s -> s == 200).count();

            JsonPath after = session(student, sessionId);
            int attempts = after.getInt("items.find { it.id == '" + itemId + "' }.attempts");
            assertThat(attempts).as(mode).isEqualTo(accepted);
            assertThat(after.getString("items.find { it.id == '" + itemId + "' }.answer.optionId")).isIn("gensec", "war");
            assertThat(after.getInt("items.find { it.id == '" + otherItemId + "' }.attempts")).isEqualTo(1);
            long stored = QuarkusTransaction.requiringNew().call(() -> AnswerAttempt.count("itemId", UUID.fromString(itemId)));
            assertThat(stored).as(mode).isEqualTo(accepted);
        }
    }

    /** Fires the answers all at once, plus one answer to another item of the same session, which must not conflict. */
    private static List<Response> race(String student, String sessionId, String itemId, String otherItemId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ANSWERS + 1);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < ANSWERS; i++) {
                String option = i % 2 == 0 ? "gensec" : "war";
                futures.add(pool.submit(() -> {
                    go.await();
                    return answer(student, sessionId, itemId, Map.of("optionId", option));
                }));
            }
            Future<Response> other = pool.submit(() -> {
                go.await();
                return answer(student, sessionId, otherItemId, Map.of("value", true));
            });
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            assertThat(other.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
