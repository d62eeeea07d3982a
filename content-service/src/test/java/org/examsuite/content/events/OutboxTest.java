package org.examsuite.content.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.devbroker.TopicReader;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.platform.events.EventPublisher;
import org.examsuite.platform.events.OutboxEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** An event leaves if and only if the transaction that wrote it commits. */
@QuarkusTest
class OutboxTest {

    @Inject
    EventPublisher publisher;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRolledBackChangeEmitsNothingAndACommittedOneIsRelayed() {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            publisher.publish(EventType.TOPIC_RETRACTED_V1, rolledBack.toString(), new TopicRetractedV1(rolledBack, 1, Instant.now()));
            throw new IllegalStateException("the change fails after its event was written");
        })).hasMessageContaining("the change fails");
        QuarkusTransaction.requiringNew().run(() ->
                publisher.publish(EventType.TOPIC_RETRACTED_V1, committed.toString(), new TopicRetractedV1(committed, 1, Instant.now())));

        TopicReader.await(bootstrapServers, KafkaTopic.CONTENT_TOPICS.topicName(), r -> committed.toString().equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertThat(TopicReader.readAll(bootstrapServers, KafkaTopic.CONTENT_TOPICS.topicName(), Duration.ofSeconds(3)))
                .noneMatch(r -> rolledBack.toString().equals(r.key()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", rolledBack.toString()))).isZero();
    }
}
