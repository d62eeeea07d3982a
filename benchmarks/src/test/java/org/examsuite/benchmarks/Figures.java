package org.examsuite.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;

/**
 * Asks Gatling for the figures the report prints. Gatling's open-source edition keeps its
 * statistics inside the HTML report; its assertions are the documented machine-readable output
 * (js/assertions.json, with the actual value of each), so every figure is taken as an assertion
 * whose bound cannot be missed, and only the goals of the issue are real bounds.
 */
final class Figures {

    private static final int ANY_TIME = Integer.MAX_VALUE;

    private Figures() {
    }

    /** Count, failures, throughput and p50/p95/p99/max of a request or group, given by its path. */
    static List<Assertion> of(String... path) {
        Assertion.WithPath target = path.length == 0 ? global() : details(path);
        List<Assertion> figures = new ArrayList<>();
        figures.add(target.allRequests().count().gte(0L));
        figures.add(target.failedRequests().count().gte(0L));
        figures.add(target.requestsPerSec().gte(0.0));
        for (double percentile : new double[] {50.0, 95.0, 99.0}) {
            figures.add(target.responseTime().percentile(percentile).lte(ANY_TIME));
        }
        figures.add(target.responseTime().max().lte(ANY_TIME));
        return figures;
    }

    static Assertion[] all(Stream<List<Assertion>> figures) {
        return figures.flatMap(List::stream).toArray(Assertion[]::new);
    }
}
