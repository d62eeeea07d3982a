package org.examsuite.quiz.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.QualificationLevel;
import org.examsuite.quiz.persistence.CatalogTopic;

/** A topic that can be practised, as its latest published version shows it. */
public record CatalogTopicView(UUID id, String title, String subject, String chapter, String code,
        List<QualificationLevel> levels, List<String> boards, int version, Counts counts, Instant publishedAt) {

    public record Counts(int sections, int questions, int essayQuestions) {
    }

    public static CatalogTopicView of(CatalogTopic topic) {
        return new CatalogTopicView(topic.topicId, topic.title, topic.subject, topic.chapter, topic.code,
                topic.levels.stream().sorted().toList(), topic.boards.stream().sorted().toList(), topic.latestVersion,
                new Counts(topic.sectionCount, topic.questionCount, topic.essayQuestionCount), topic.publishedAt);
    }
}
