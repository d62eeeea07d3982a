package org.examsuite.content.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.EventExamples;
import org.examsuite.events.EventType;
import org.examsuite.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The search index takes the contract's own example of each event type on content.topics, each to its effect. */
@QuarkusTest
class EventExamplesTest {

    private static final String EXAMPLE_TOPIC = EventExamples.TOPIC_ID.toString();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theExamplePublicationIsSearchableUntilTheExampleRetraction() {
        TopicReader.produceEvent(bootstrapServers, EventType.TOPIC_PUBLISHED_V1, EXAMPLE_TOPIC, EventExamples.topicPublished());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                searchForTheTriumvirate().then().statusCode(200).body("items.topicId", hasItem(EXAMPLE_TOPIC)));

        TopicReader.produceEvent(bootstrapServers, EventType.TOPIC_RETRACTED_V1, EXAMPLE_TOPIC, EventExamples.topicRetracted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                searchForTheTriumvirate().then().statusCode(200).body("items.topicId", not(hasItem(EXAMPLE_TOPIC))));
    }

    /** A word of the example's questions that other tests' topics use rarely, so that its hits fit one page. */
    private static Response searchForTheTriumvirate() {
        return TestTokens.asTeacher("teacher-1").queryParam("q", "triumvirate").queryParam("size", 100).get("/search");
    }
}
