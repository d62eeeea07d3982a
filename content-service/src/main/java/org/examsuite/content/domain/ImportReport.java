package org.examsuite.content.domain;

import java.util.List;
import java.util.UUID;

/** What an import did, item by item. */
public record ImportReport(List<Entry> entries) {

    public enum Kind {
        RUBRIC,
        TOPIC
    }

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record Entry(Kind kind, String key, UUID id, Outcome outcome) {
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }
}
