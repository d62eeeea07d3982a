package org.examsuite.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * The essay flow's event times, read from the services' own records once a run is over: when the
 * producing service stored an event in its outbox (in the transaction of the request or of the
 * consumer that caused it) and when the consuming service applied it (in the transaction that made
 * its effect visible). Both instants come from the same machine's clock, so the difference is the
 * flow's latency with no polling in it. The Gatling waits cannot give this: their groups report
 * the sum of the polls' response times, not the wall time between hand-in and effect (Gatling
 * applies useGroupDurationMetric to the HTML report only, not to assertions: gatling/gatling#3784).
 */
final class EventFlowTimes {

    static final Path RESULT = Path.of("target/benchmark/essay-flow-times.json");
    private static final String DATABASES = System.getProperty("benchmark.databases", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("benchmark.databases.user", "examsuite");
    private static final String PASSWORD = System.getProperty("benchmark.databases.password", "examsuite");

    private record Flow(String name, String producer, String eventType, String consumerDatabase, String consumer) {
    }

    private static final List<Flow> FLOWS = List.of(
            new Flow("essay: plan stored in quiz to checks stored in grading", "quiz",
                    "org.examsuite.quiz.EssayPlanSubmitted.v1", "grading", "grading-service/essay-plans"),
            new Flow("essay: self-grade stored in grading to grade stored in quiz", "grading",
                    "org.examsuite.grading.AssessmentGraded.v1", "quiz", "quiz-service.essay-grades"));

    private EventFlowTimes() {
    }

    /** Measures the flows of the students whose ids start with {@code "bench-" + run}, and writes them to {@link #RESULT}. */
    static void measureAndRecord(String run) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Flow flow : FLOWS) {
            Map<String, Instant> produced = produced(flow, "bench-" + run + "-%");
            Map<String, Instant> applied = applied(flow, produced.keySet());
            Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            produced.forEach((eventId, at) -> {
                Instant done = applied.get(eventId);
                if (done != null) {
                    micros.recordValue(Math.max(0, Duration.between(at, done).toNanos() / 1_000));
                }
            });
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("name", flow.name());
            figures.put("events", produced.size());
            figures.put("notApplied", produced.size() - micros.getTotalCount());
            figures.putAll(LatencyFigures.of(micros));
            System.out.printf("%s: %s%n", flow.name(), figures);
            results.add(figures);
        }
        LatencyFigures.save(RESULT, results);
    }

    private static Map<String, Instant> produced(Flow flow, String studentPattern) {
        String sql = "select event_id::text, created_at from outbox_event where event_type = ? and payload::jsonb ->> 'studentId' like ?";
        Map<String, Instant> found = new HashMap<>();
        try (Connection db = DriverManager.getConnection(DATABASES + flow.producer(), USER, PASSWORD);
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, flow.eventType());
            query.setString(2, studentPattern);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + flow.producer() + "'s outbox", e);
        }
        return found;
    }

    private static Map<String, Instant> applied(Flow flow, Iterable<String> eventIds) {
        String sql = "select event_id, processed_at from processed_event where consumer = ? and event_id = any(?)";
        Map<String, Instant> found = new HashMap<>();
        try (Connection db = DriverManager.getConnection(DATABASES + flow.consumerDatabase(), USER, PASSWORD);
                PreparedStatement query = db.prepareStatement(sql)) {
            List<String> ids = new ArrayList<>();
            eventIds.forEach(ids::add);
            query.setString(1, flow.consumer());
            query.setArray(2, db.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Timestamp at = rows.getTimestamp(2);
                    found.put(rows.getString(1), at.toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + flow.consumerDatabase() + "'s processed events", e);
        }
        return found;
    }

}
