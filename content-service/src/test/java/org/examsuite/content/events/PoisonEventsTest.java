package org.examsuite.content.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.PoisonKind;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.EventExamples;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The search index skips what it cannot use on content.topics and indexes the next publication under
 * the same key (on the same partition, queued behind the poison). It has no dead-letter topic: the
 * topic holds the service's own publications, and every replica reads it in a consumer group of its
 * own. Each poison concerns a bystander topic, which must not become searchable.
 */
@QuarkusTest
class PoisonEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Stream<PoisonKind<TopicPublishedV1>> topicEventPoison() {
        return PoisonKind.<TopicPublishedV1>every(EventType.TOPIC_PUBLISHED_V1, "topicId", "version", "one").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicEventPoison")
    void aTopicEventTheIndexCannotUseIsSkippedAndTheNextOneIsSearchable(PoisonKind<TopicPublishedV1> kind) {
        TopicPublishedV1 bystander = onItsOwnBoard(UUID.randomUUID());
        TopicPublishedV1 next = onItsOwnBoard(UUID.randomUUID());
        String key = next.topicId().toString();

        kind.against(bystander).produce(bootstrapServers, KafkaTopic.CONTENT_TOPICS, key);
        TopicReader.produceEvent(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, key, next);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> searchOnTheBoardOf(next).then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.topicId", everyItem(equalTo(key))));
        searchOnTheBoardOf(bystander).then().statusCode(200).body("total", equalTo(0));
    }

    /** The contract's example topic under {@code topicId}, alone on a board named after it so that a search can single it out. */
    private static TopicPublishedV1 onItsOwnBoard(UUID topicId) {
        TopicPublishedV1 e = EventExamples.topicPublished();
        return new TopicPublishedV1(topicId, e.version(), e.subject(), e.chapter(), e.code(), e.title(), e.keyQuestion(),
                e.levels(), List.of(topicId.toString()), e.sections(), e.questions(), e.essayQuestions(), e.publishedAt());
    }

    private static Response searchOnTheBoardOf(TopicPublishedV1 topic) {
        return teacher().queryParam("q", "Stalin").queryParam("board", topic.boards().get(0)).get("/search");
    }

    private static RequestSpecification teacher() {
        return TestTokens.asTeacher("teacher-1");
    }
}
