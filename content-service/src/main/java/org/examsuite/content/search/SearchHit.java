package org.examsuite.content.search;

import java.util.UUID;

/** One ranked result: where it is (topic, version, item) and enough text to recognise it. */
public record SearchHit(Kind kind, UUID topicId, int topicVersion, String topicTitle, UUID itemId, String title,
        String snippet, float score) {

    public enum Kind {
        NOTE,
        QUESTION,
        ESSAY_QUESTION
    }
}
