package org.examsuite.events.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A whole published version of a topic: consumers replace their copy of the topic with it and never
 * see a half-edited topic. Keyed by {@code topicId}; {@code version} only grows.
 */
public record TopicPublishedV1(
        UUID topicId,
        int version,
        String subject,
        String chapter,
        String code,
        String title,
        String keyQuestion,
        List<QualificationLevel> levels,
        List<String> boards,
        List<NoteSection> sections,
        List<RecallQuestion> questions,
        List<EssayQuestion> essayQuestions,
        Instant publishedAt) {
}
