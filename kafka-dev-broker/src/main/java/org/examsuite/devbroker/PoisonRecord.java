package org.examsuite.devbroker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.examsuite.events.EventType;
import org.examsuite.events.KafkaTopic;

/**
 * For consumers' tests: a record that a consumer cannot use, as produced raw onto its topic, and the
 * words that the reason it is dead-lettered with must contain to name the fault.
 */
public record PoisonRecord(String value, Map<String, String> headers, List<String> reasonNames) {

    /** Where SmallRye's dead-letter handling puts the message of the failure that made it give up on the record. */
    public static final String DEAD_LETTER_REASON = "dead-letter-reason";
    /** Where SmallRye's dead-letter handling names the topic the record was read from. */
    public static final String DEAD_LETTER_TOPIC = "dead-letter-topic";

    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(60);

    /** An event of {@code type}, with every header right, whose payload breaks what the consumer needs. */
    public static PoisonRecord withPayload(EventType type, Object payload, String... reasonNames) {
        return new PoisonRecord(TopicReader.json(payload), TopicReader.cloudEventHeaders(type.ceType(), newEventId()),
                List.of(reasonNames));
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    public void produce(String bootstrapServers, KafkaTopic topic, String key) {
        TopicReader.produce(bootstrapServers, topic.topicName(), key, value, headers);
    }

    /**
     * Waits until this record has reached {@code deadLetterTopic} under {@code key}, and checks that it arrived as it
     * was produced on {@code source}, with a reason naming the fault.
     */
    public ConsumerRecord<String, String> awaitDeadLettered(String bootstrapServers, KafkaTopic source, KafkaTopic deadLetterTopic,
            String key) {
        ConsumerRecord<String, String> dead = TopicReader.await(bootstrapServers, deadLetterTopic.topicName(),
                r -> key.equals(r.key()), 1, DEAD_LETTER_TIMEOUT).get(0);
        List<String> faults = new ArrayList<>();
        if (!value.equals(dead.value())) {
            faults.add("value " + dead.value() + " instead of " + value);
        }
        headers.forEach((name, produced) -> {
            if (!produced.equals(TopicReader.header(dead, name))) {
                faults.add("header " + name + " " + TopicReader.header(dead, name) + " instead of " + produced);
            }
        });
        if (!source.topicName().equals(TopicReader.header(dead, DEAD_LETTER_TOPIC))) {
            faults.add(DEAD_LETTER_TOPIC + " " + TopicReader.header(dead, DEAD_LETTER_TOPIC) + " instead of " + source.topicName());
        }
        String reason = TopicReader.header(dead, DEAD_LETTER_REASON);
        for (String name : reasonNames) {
            if (reason == null || !reason.contains(name)) {
                faults.add(DEAD_LETTER_REASON + " \"" + reason + "\" does not name " + name);
            }
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("Dead letter under " + key + " on " + deadLetterTopic.topicName() + ": "
                    + String.join("; ", faults));
        }
        return dead;
    }
}
