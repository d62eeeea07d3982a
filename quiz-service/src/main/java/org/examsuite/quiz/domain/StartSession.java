package org.examsuite.quiz.domain;

import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.QuestionType;

/**
 * What a student asks for: {@code questionCount} recall questions at most (fewer when the topics
 * hold fewer), of {@code questionTypes} (empty: all), plus one essay task when {@code includeEssay};
 * {@code timeLimitSeconds} sets a deadline in any mode (an exam without one gets a default).
 */
public record StartSession(List<UUID> topicIds, SessionMode mode, int questionCount, List<QuestionType> questionTypes,
        boolean includeEssay, Integer timeLimitSeconds) {
}
