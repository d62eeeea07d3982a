package org.examsuite.devbroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker in the test JVM for a Quarkus test, on free ports and a fresh data
 * directory, and points the application's Kafka clients at it.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaDevBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            Path dataDir = Files.createTempDirectory("examsuite-kafka-");
            broker = KafkaDevBroker.start(dataDir, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
