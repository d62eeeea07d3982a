package org.examsuite.quiz.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.examsuite.events.content.QuestionType;
import org.examsuite.quiz.domain.SessionMode;
import org.examsuite.quiz.domain.StartSession;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fixed body of {@code POST /sessions}; only {@code topicIds} and {@code mode} are required. */
public record StartSessionRequest(
        @NotNull @Size(min = 1, max = 10) List<@NotNull UUID> topicIds,
        @NotNull SessionMode mode,
        @Schema(description = "Recall questions to draw at most (default 10); the essay task is extra")
        @Min(1) @Max(50) Integer questionCount,
        @Schema(description = "Recall question types to draw from (default: all)")
        @Size(max = 7) List<@NotNull QuestionType> questionTypes,
        @Schema(description = "Add one essay task (default false)")
        Boolean includeEssay,
        @Schema(description = "Deadline after the start, in seconds; an exam without one gets a default")
        @Min(1) @Max(14400) Integer timeLimitSeconds) {

    public static final int DEFAULT_QUESTION_COUNT = 10;

    public StartSession toCommand() {
        return new StartSession(List.copyOf(topicIds), mode, questionCount == null ? DEFAULT_QUESTION_COUNT : questionCount,
                questionTypes == null ? List.of() : questionTypes.stream().distinct().toList(),
                Boolean.TRUE.equals(includeEssay), timeLimitSeconds);
    }
}
