package org.examsuite.quiz.domain;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer to a recall item, one field per question type (the others stay null):
 * SINGLE_CHOICE {@code optionId}; MULTIPLE_CHOICE {@code optionIds}; TRUE_FALSE {@code value};
 * SHORT_ANSWER {@code text}; ORDERING {@code order} (item ids, first to last); MATCHING
 * {@code matches} (left id to right id); CLOZE {@code gaps} (gap number to the words written).
 * The same shape shows the correct answer after marking.
 */
@Schema(name = "Answer", description = "One field per question type; see each field")
public record Answer(
        @Schema(description = "SINGLE_CHOICE: the id of the chosen option") String optionId,
        @Schema(description = "MULTIPLE_CHOICE: the ids of every chosen option") List<String> optionIds,
        @Schema(description = "TRUE_FALSE: true or false") Boolean value,
        @Schema(description = "SHORT_ANSWER: the words written") String text,
        @Schema(description = "ORDERING: every item id, in the order chosen") List<String> order,
        @Schema(description = "MATCHING: left id to the right id matched with it") Map<String, String> matches,
        @Schema(description = "CLOZE: gap number to the words written in it") Map<String, String> gaps) {

    public static Answer optionId(String optionId) {
        return new Answer(optionId, null, null, null, null, null, null);
    }

    public static Answer optionIds(List<String> optionIds) {
        return new Answer(null, optionIds, null, null, null, null, null);
    }

    public static Answer value(boolean value) {
        return new Answer(null, null, value, null, null, null, null);
    }

    public static Answer text(String text) {
        return new Answer(null, null, null, text, null, null, null);
    }

    public static Answer order(List<String> order) {
        return new Answer(null, null, null, null, order, null, null);
    }

    public static Answer matches(Map<String, String> matches) {
        return new Answer(null, null, null, null, null, matches, null);
    }

    public static Answer gaps(Map<String, String> gaps) {
        return new Answer(null, null, null, null, null, null, gaps);
    }
}
