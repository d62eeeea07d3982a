package org.examsuite.content.banks;

import java.util.List;

import org.examsuite.content.domain.QuestionDraft;

/**
 * A question bank as read from a Moodle XML or GIFT file, before it is placed in topics: each
 * question either mapped into the suite's model or with the reason it cannot be, and the embedded
 * files that were not stored.
 */
public record BankFile(String format, List<Entry> entries, List<EmbeddedFile> files, List<String> notes) {

    /** A category of the bank (Moodle's path, e.g. {@code $course$/top/History/Stalin}) with its id number, if any. */
    public record Category(String path, String idnumber) {
    }

    /**
     * One question of the file. {@code where} locates it (a line or an element path), {@code sourceType}
     * is the bank's own type name; exactly one of {@code mapped} and {@code skipReason} is set.
     */
    public record Entry(String where, Category category, String name, String idnumber, String sourceType,
            Mapped mapped, String skipReason, List<String> notes) {

        public static Entry skipped(String where, Category category, String name, String idnumber, String type, String reason) {
            return new Entry(where, category, name, idnumber, type, null, reason, List.of());
        }
    }

    /** What a question became in the suite's model. */
    public sealed interface Mapped permits Recall, Essay, Note {
    }

    /**
     * A recall question; its key is given when it is placed in a topic. {@code promptCarried} and
     * {@code caseCarried} say whether the bank holds the prompt and the case sensitivity at all (a
     * Moodle cloze question has no separate prompt, GIFT knows no case sensitivity): what it does not
     * hold is kept from the question being updated.
     */
    public record Recall(QuestionDraft draft, boolean promptCarried, boolean caseCarried) implements Mapped {
    }

    /** An essay question: prompt and, when the bank carries it, guidance for the marker. */
    public record Essay(String prompt, String guidance, boolean guidanceCarried) implements Mapped {
    }

    /** A description: a key point of the topic's question-bank notes, headed by the question's name. */
    public record Note(String text) implements Mapped {
    }

    /** A file embedded in the bank (base64 in Moodle's {@code <file>} or a data URI image): listed, not stored. */
    public record EmbeddedFile(String question, String name, long bytes) {
    }
}
