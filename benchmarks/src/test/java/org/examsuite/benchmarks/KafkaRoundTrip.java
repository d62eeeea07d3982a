package org.examsuite.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The event flow's baseline: records produced at a fixed rate onto the suite's broker and consumed
 * back, with the producer settings of the services' outbox relay (acks=all, idempotence, linger
 * 1 ms) and the Kafka client's default consumer settings, as the services use them. Latency runs
 * from the moment a record was due to be sent, so a stalled sender is not hidden (no coordinated
 * omission). Gatling has no Kafka protocol, so this baseline uses the Kafka client directly.
 */
final class KafkaRoundTrip {

    static final Path RESULT = Path.of("target/benchmark/kafka-round-trip.json");
    private static final String BOOTSTRAP = System.getProperty("benchmark.kafka", "127.0.0.1:9092");
    private static final String TOPIC = "benchmark.round-trip";

    private KafkaRoundTrip() {
    }

    static void measureAndRecord(int perSecond, Duration duration) {
        createTopicIfMissing();
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        long sent = measure(perSecond, duration, micros);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("name", "baseline: Kafka produce to consume");
        figures.put("ratePerSecond", perSecond);
        figures.put("sent", sent);
        figures.put("received", micros.getTotalCount());
        figures.putAll(LatencyFigures.of(micros));
        System.out.printf("Kafka round trip at %d/s for %d s: %s%n", perSecond, duration.toSeconds(), figures);
        LatencyFigures.save(RESULT, figures);
    }

    private static long measure(int perSecond, Duration duration, Histogram micros) {
        long total = perSecond * duration.toSeconds();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        AtomicLong sent = new AtomicLong();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
            sender.scheduleAtFixedRate(() -> {
                long n = sent.get();
                if (n < total) {
                    long due = start + n * periodNanos;
                    producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), Long.toString(due)));
                    sent.incrementAndGet();
                }
            }, start - System.nanoTime(), periodNanos, TimeUnit.NANOSECONDS);
            long giveUp = start + duration.toNanos() + TimeUnit.SECONDS.toNanos(10);
            while (micros.getTotalCount() < total && System.nanoTime() < giveUp) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    micros.recordValue(Math.max(0, (System.nanoTime() - Long.parseLong(record.value())) / 1000));
                }
            }
            sender.shutdownNow();
        }
        return sent.get();
    }

    private static void createTopicIfMissing() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + TOPIC + " on " + BOOTSTRAP, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the broker at " + BOOTSTRAP + " is not reachable: is the suite up?", e);
        }
    }

    private static Properties producerSettings() {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return settings;
    }

    private static Properties consumerSettings() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return settings;
    }

}
