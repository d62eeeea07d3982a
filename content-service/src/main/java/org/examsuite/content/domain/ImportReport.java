package org.examsuite.content.domain;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an import did, item by item. An import of a question bank (Moodle XML or GIFT) also says
 * how many of its questions were imported, which were skipped and why, what was changed on the
 * way (notes), and which embedded files were not stored; a content pack import leaves these out.
 */
public record ImportReport(List<Entry> entries,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer imported,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Skipped> skipped,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Note> notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EmbeddedFile> filesNotStored) {

    public ImportReport(List<Entry> entries) {
        this(entries, null, null, null, null);
    }

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

    /** A question of a bank that was not imported: its name, its type in the bank, where it is and why. */
    public record Skipped(String name, String type, String where, String reason) {
    }

    /** Something of a question that was imported differently from the bank, or left out (a partial-credit variant…). */
    public record Note(String name, String note) {
    }

    /** A file embedded in the bank (a base64 image) that was not stored; the text no longer shows it. */
    public record EmbeddedFile(String question, String file, long bytes) {
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }
}
