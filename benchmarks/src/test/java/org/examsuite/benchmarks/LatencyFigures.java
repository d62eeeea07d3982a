package org.examsuite.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figures of a latency histogram kept in microseconds, under the names {@link BenchmarkReport}
 * reads back (p50Ms, p95Ms, p99Ms, maxMs), and how the measurements made outside Gatling are saved.
 */
final class LatencyFigures {

    private LatencyFigures() {
    }

    static Map<String, Object> of(Histogram micros) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("p50Ms", micros.getValueAtPercentile(50) / 1000.0);
        figures.put("p95Ms", micros.getValueAtPercentile(95) / 1000.0);
        figures.put("p99Ms", micros.getValueAtPercentile(99) / 1000.0);
        figures.put("maxMs", micros.getMaxValue() / 1000.0);
        return figures;
    }

    static void save(Path file, Object figures) {
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
