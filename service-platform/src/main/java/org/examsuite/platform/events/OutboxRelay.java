package org.examsuite.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.examsuite.events.CloudEventHeaders;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Sends outbox events to Kafka in the order they were written, then marks them published.
 * <p>
 * A relay runs right after each commit that stored an event, and a periodic sweep (on the same
 * thread) catches what a failed run left behind. One run at a time per process (a single-thread executor) and one at a
 * time across replicas (the batch is read {@code FOR UPDATE}, so a second replica waits and then
 * sees only what is still unpublished), which keeps one key's events in order. When the broker is
 * unreachable the batch stays unpublished and the relay backs off exponentially. Delivery is at
 * least once; consumers are idempotent by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "platform.outbox.sweep-interval", defaultValue = "PT1S")
    Duration sweepInterval;

    @ConfigProperty(name = "platform.events.source")
    String eventSource;

    @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "platform.outbox.send-timeout", defaultValue = "PT10S")
    Duration sendTimeout;

    @ConfigProperty(name = "platform.outbox.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;

    private final ScheduledExecutorService relayThread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean runRequested = new AtomicBoolean();
    private volatile int consecutiveFailures;
    private volatile Instant nextAttemptAt = Instant.EPOCH;
    private Counter relayed;
    private Counter failures;

    /** Starts the sweep once the application has started, so that it never runs before the emitter's channel is wired. */
    void onStart(@Observes StartupEvent start) {
        relayed = registry.counter("outbox.events.relayed");
        failures = registry.counter("outbox.relay.failures");
        Gauge.builder("outbox.relay.lag.seconds", this, OutboxRelay::lagSeconds)
                .description("Age of the oldest event not yet relayed to Kafka (0 when none waits)")
                .register(registry);
        relayThread.scheduleWithFixedDelay(this::sweep, sweepInterval.toMillis(), sweepInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        requestRun();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        relayThread.shutdown();
        try {
            relayThread.awaitTermination(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventStored stored) {
        requestRun();
    }

    private void sweep() {
        if (Instant.now().isAfter(nextAttemptAt)) {
            requestRun();
        }
    }

    private void requestRun() {
        if (runRequested.compareAndSet(false, true) && !relayThread.isShutdown()) {
            relayThread.execute(this::drain);
        }
    }

    private void drain() {
        runRequested.set(false);
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayOneBatch);
                relayed.increment(sent);
            } while (sent == batchSize);
            consecutiveFailures = 0;
            nextAttemptAt = Instant.EPOCH;
        } catch (RuntimeException e) {
            failures.increment();
            consecutiveFailures++;
            long backoffMillis = Math.min(maxBackoff.toMillis(), 100L << Math.min(consecutiveFailures, 16));
            nextAttemptAt = Instant.now().plusMillis(backoffMillis);
            LOG.warnf("Outbox relay failed (%d in a row), next attempt in %d ms: %s",
                    consecutiveFailures, backoffMillis, e.getMessage());
        }
    }

    private int relayOneBatch() {
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, batchSize)
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        // Sent with the transaction suspended (its row locks stay held): context propagation would otherwise
        // associate it with the Kafka producer thread that completes each send, and a commit racing that thread
        // fails ("invoked while multiple threads active within it"), rolling back a batch that was already sent.
        QuarkusTransaction.suspendingExisting().run(() -> {
            List<Uni<Void>> acks = batch.stream().map(event -> emitter.sendMessage(toMessage(event))).toList();
            Uni.join().all(acks).andFailFast().await().atMost(sendTimeout);
        });
        Instant now = Instant.now();
        batch.forEach(event -> event.publishedAt = now);
        return batch.size();
    }

    private Message<String> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.eventId.toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType);
        header(headers, CloudEventHeaders.SOURCE, eventSource);
        header(headers, CloudEventHeaders.TIME, event.createdAt.toString());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(headers)
                .build());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private double lagSeconds() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                    "publishedAt is null order by id").firstResultOptional()
                    .map(oldest -> Duration.between(oldest.createdAt, Instant.now()).toMillis() / 1000.0)
                    .orElse(0.0));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
