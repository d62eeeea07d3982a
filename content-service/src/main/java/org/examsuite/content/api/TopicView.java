package org.examsuite.content.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.content.domain.TopicStatus;
import org.examsuite.content.persistence.Topic;
import org.examsuite.events.content.QualificationLevel;

/** A topic's header and life-cycle state; {@code revision} is what a client sends back to edit it safely. */
public record TopicView(UUID id, String key, String subject, String chapter, String code, String title,
        String keyQuestion, List<QualificationLevel> levels, List<String> boards, TopicStatus status,
        int publishedVersion, boolean unpublishedChanges, int sections, int questions, int essayQuestions,
        long revision, Instant updatedAt) {

    static TopicView of(Topic t) {
        return new TopicView(t.id, t.packKey, t.subject, t.chapter, t.code, t.title, t.keyQuestion,
                t.levels.stream().sorted().toList(), t.boards.stream().sorted().toList(), t.status, t.publishedVersion,
                t.unpublishedChanges, t.sections.size(), t.questions.size(), t.essayQuestions.size(), t.revision, t.updatedAt);
    }
}
