package org.examsuite.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns what one ./benchmark run recorded into the figures of the README's Performance section:
 * each scenario beside its baseline from the same run, the step run's highest rate held, and the
 * services' start-up and memory.
 *
 * <pre>
 *   BenchmarkReport step &lt;gatling output&gt; &lt;seconds&gt;   one line; exit 0 if the step held (p99 &le; 100 ms, no failure)
 *   BenchmarkReport summary &lt;directory&gt;            the whole report, also written to summary.md there
 * </pre>
 */
public final class BenchmarkReport {

    /** The step run's bound: a step holds while p99 stays at or under it and nothing fails. */
    static final double STEP_P99_LIMIT_MS = 100;
    private static final Pattern FIGURE = Pattern.compile(
            "^(.+?): (count of all events|count of failed events|mean requests per second|(\\d+)th percentile of response time|max of response time)"
                    + " is .* : (?:true|false) \\(actual : ([-0-9.E]+)\\)$");

    private BenchmarkReport() {
    }

    /** Count, failures and latencies (ms) of one request or group, as Gatling measured them. */
    record Stats(double count, double failed, double p50, double p95, double p99, double max) {
        /** Figures saved by {@link LatencyFigures}, with the count and failures named by the measurement. */
        static Stats of(JsonNode figures, double count, double failed) {
            return new Stats(count, failed, figures.path("p50Ms").asDouble(), figures.path("p95Ms").asDouble(),
                    figures.path("p99Ms").asDouble(), figures.path("maxMs").asDouble());
        }

        double perSecond(double seconds) {
            return count / seconds;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("step")) {
            System.exit(step(Path.of(args[1]), Integer.parseInt(args[2])) ? 0 : 1);
        } else if (args.length == 2 && args[0].equals("summary")) {
            Path directory = Path.of(args[1]);
            String summary = summary(directory);
            Files.writeString(directory.resolve("summary.md"), summary);
            System.out.println(summary);
        } else {
            System.err.println("usage: BenchmarkReport step <gatling output> <seconds> | summary <directory>");
            System.exit(2);
        }
    }

    static Map<String, Stats> read(Path gatlingOutput) throws IOException {
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(gatlingOutput)) {
            Matcher figure = FIGURE.matcher(line.strip());
            if (figure.matches()) {
                String metric = figure.group(3) != null ? "p" + figure.group(3) : figure.group(2);
                figures.computeIfAbsent(figure.group(1), name -> new HashMap<>()).put(metric, Double.parseDouble(figure.group(4)));
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException(gatlingOutput + " holds no figures: did the Gatling run fail? See the file.");
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        figures.forEach((name, values) -> stats.put(name, new Stats(values.get("count of all events"),
                values.get("count of failed events"), values.get("p50"), values.get("p95"), values.get("p99"),
                values.get("max of response time"))));
        return stats;
    }

    private static boolean step(Path gatlingOutput, int seconds) throws IOException {
        Map<String, Stats> stats = read(gatlingOutput);
        Stats all = stats.get("Global");
        Stats answers = stats.get("rush: answer");
        boolean held = all.failed() == 0 && all.p99() <= STEP_P99_LIMIT_MS;
        System.out.printf(Locale.ROOT, "step: %.0f answers/s, %.0f requests/s: p50 %.0f ms, p99 %.0f ms, max %.0f ms, %.0f failed -> %s%n",
                answers.perSecond(seconds), all.perSecond(seconds), all.p50(), all.p99(), all.max(), all.failed(),
                held ? "held" : "not held");
        return held;
    }

    private static String summary(Path directory) throws IOException {
        JsonNode settings = new ObjectMapper().readTree(directory.resolve("settings.json").toFile());
        int phaseSeconds = settings.path("phaseSeconds").asInt();
        Map<String, Stats> day = read(directory.resolve("school-day.log"));
        JsonNode kafka = new ObjectMapper().readTree(directory.resolve("kafka-round-trip.json").toFile());
        Stats kafkaBaseline = Stats.of(kafka, kafka.path("received").asDouble(),
                kafka.path("sent").asDouble() - kafka.path("received").asDouble());

        StringBuilder out = new StringBuilder();
        out.append("## Benchmark run of ").append(settings.path("startedAt").asText()).append("\n\n")
                .append(settings.path("machine").asText()).append("\n\n")
                .append(String.format(Locale.ROOT, "Phases of %d s (baselines %d s); exam rush %d students/s x %d questions; essay flow %d plans/s; reading %d readers/s.%n%n",
                        phaseSeconds, phaseSeconds / 3, settings.path("rushRate").asInt(), Scenarios.EXAM_QUESTIONS,
                        settings.path("essayRate").asInt(), settings.path("readingRate").asInt()));
        out.append("| scenario | requests | failed | per second | p50 ms | p95 ms | p99 ms | max ms | baseline | p50 x | p99 x |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
        Map<String, String> baselineOf = new LinkedHashMap<>();
        baselineOf.put("baseline: content-service liveness", null);
        baselineOf.put("baseline: quiz-service liveness", null);
        baselineOf.put("baseline: grading-service liveness", null);
        baselineOf.put("reading: catalog", "baseline: quiz-service liveness");
        baselineOf.put("reading: topic notes", "baseline: quiz-service liveness");
        baselineOf.put("reading: essay questions", "baseline: grading-service liveness");
        baselineOf.put("rush: start exam", "baseline: quiz-service liveness");
        baselineOf.put("rush: answer", "baseline: quiz-service liveness");
        baselineOf.put("rush: finish", "baseline: quiz-service liveness");
        baselineOf.put("essay: hand-in to checks in grading / essay: hand in the plan", "baseline: quiz-service liveness");
        for (Map.Entry<String, String> row : baselineOf.entrySet()) {
            Stats stats = day.get(row.getKey());
            if (stats == null) {
                continue;
            }
            String baselineName = row.getValue();
            Stats baseline = baselineName == null ? null : baselineName.equals("kafka") ? kafkaBaseline : day.get(baselineName);
            double seconds = row.getKey().startsWith("baseline") ? phaseSeconds / 3.0 : phaseSeconds;
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f | %.0f | %.0f | %.0f | %.0f | %s | %s | %s |%n",
                    row.getKey(), stats.count(), stats.failed(), stats.perSecond(seconds), stats.p50(), stats.p95(), stats.p99(), stats.max(),
                    baseline == null ? "" : baselineName.equals("kafka") ? "Kafka round trip" : baselineName.replace("baseline: ", ""),
                    baseline == null ? "" : ratio(stats.p50(), baseline.p50()), baseline == null ? "" : ratio(stats.p99(), baseline.p99())));
        }
        for (JsonNode flow : new ObjectMapper().readTree(directory.resolve(EventFlowTimes.RESULT.getFileName().toString()).toFile())) {
            Stats stats = Stats.of(flow, flow.path("events").asDouble(), flow.path("notApplied").asDouble());
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f | %.0f | %.0f | %.0f | %.0f | Kafka round trip | %s | %s |%n",
                    flow.path("name").asText(), stats.count(), stats.failed(), stats.perSecond(phaseSeconds), stats.p50(), stats.p95(),
                    stats.p99(), stats.max(), ratio(stats.p50(), kafkaBaseline.p50()), ratio(stats.p99(), kafkaBaseline.p99())));
        }
        out.append(String.format(Locale.ROOT, "| baseline: Kafka produce to consume (%d/s) | %.0f | %.0f | %d | %.1f | %.1f | %.1f | %.1f | | | |%n%n",
                kafka.path("ratePerSecond").asInt(), kafkaBaseline.count(), kafkaBaseline.failed(), kafka.path("ratePerSecond").asInt(),
                kafkaBaseline.p50(), kafkaBaseline.p95(), kafkaBaseline.p99(), kafkaBaseline.max()));
        out.append("The essay rows run from the event stored in the producing service's outbox to its effect stored by the consumer, "
                + "both instants from the services' own records (see EventFlowTimes); failed = events never applied. ");
        for (String wait : List.of("essay: hand-in to checks in grading", "essay: self-assessment to grade in quiz")) {
            Stats waits = day.get(wait);
            if (waits != null) {
                out.append(String.format(Locale.ROOT, "Gatling's \"%s\" waits: %.0f, of which %.0f gave up after 30 s. ", wait, waits.count(), waits.failed()));
            }
        }
        out.append("\n\n");

        out.append("### Step run (exam rush)\n\n").append("| students/s | answers/s | requests/s | p50 ms | p99 ms | max ms | failed | held |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
        int stepSeconds = settings.path("stepSeconds").asInt();
        double highestHeld = 0;
        for (int rate : steps(directory)) {
            Map<String, Stats> step = read(directory.resolve("step-" + rate + ".log"));
            Stats all = step.get("Global");
            double answersPerSecond = step.get("rush: answer").perSecond(stepSeconds);
            boolean held = all.failed() == 0 && all.p99() <= STEP_P99_LIMIT_MS;
            if (held) {
                highestHeld = Math.max(highestHeld, answersPerSecond);
            }
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n", rate, answersPerSecond,
                    all.perSecond(stepSeconds), all.p50(), all.p99(), all.max(), all.failed(), held ? "yes" : "no"));
        }
        out.append(String.format(Locale.ROOT, "%nHighest rate held (p99 <= %.0f ms, no failures): %.0f answers/s.%n%n", STEP_P99_LIMIT_MS, highestHeld));

        out.append("### Services\n\n").append("| service | ready after start (ms) | RSS after start (MB) | RSS after main run (MB) | RSS after step run (MB) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String line : Files.readAllLines(directory.resolve("resources.tsv"))) {
            out.append("| ").append(String.join(" | ", line.split("\t"))).append(" |\n");
        }
        return out.toString();
    }

    private static List<Integer> steps(Path directory) throws IOException {
        List<Integer> rates = new ArrayList<>();
        try (var files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.matches("step-\\d+\\.log"))
                    .map(name -> Integer.parseInt(name.replaceAll("\\D", ""))).sorted().forEach(rates::add);
        }
        return rates;
    }

    private static String ratio(double value, double baseline) {
        return baseline <= 0 ? "" : String.format(Locale.ROOT, "%.1f", value / baseline);
    }
}
