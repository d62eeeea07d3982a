package org.examsuite.quiz.api;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.KeyPoint;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.events.content.QuestionType;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.TopicPublishedV1;

/**
 * A topic for a student choosing what to practise: the notes to revise and what kinds of questions
 * it holds. Questions themselves (and so their answer keys) are only ever shown inside a session.
 */
public record CatalogTopicDetailView(UUID id, String title, String subject, String chapter, String code,
        String keyQuestion, List<QualificationLevel> levels, List<String> boards, int version, Instant publishedAt,
        List<Section> sections, Map<QuestionType, Integer> questionsByType, List<Essay> essayQuestions) {

    public record Section(UUID id, int position, String title, List<KeyPoint> keyPoints) {
    }

    public record Essay(UUID id, String prompt, CommandWord commandWord, int marks, int suggestedMinutes) {
    }

    public static CatalogTopicDetailView of(TopicPublishedV1 snapshot) {
        Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
        for (RecallQuestion question : snapshot.questions()) {
            byType.merge(question.type(), 1, Integer::sum);
        }
        return new CatalogTopicDetailView(snapshot.topicId(), snapshot.title(), snapshot.subject(), snapshot.chapter(),
                snapshot.code(), snapshot.keyQuestion(), snapshot.levels(), snapshot.boards(), snapshot.version(),
                snapshot.publishedAt(),
                snapshot.sections().stream().map(s -> new Section(s.id(), s.position(), s.title(), s.keyPoints())).toList(),
                byType,
                snapshot.essayQuestions().stream().map(e -> new Essay(e.id(), e.prompt(), e.commandWord(), e.marks(),
                        e.suggestedMinutes())).toList());
    }
}
