package org.examsuite.content.domain;

import java.util.List;
import java.util.UUID;

import org.examsuite.content.domain.validation.ValidQuestion;
import org.examsuite.events.content.QuestionType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A recall question as teachers write it, in the API and in content packs. Which fields apply
 * depends on {@code type}; {@link ValidQuestion} checks the rules of each type.
 */
@ValidQuestion
public record QuestionDraft(
        @Size(max = 200) String key,
        @NotNull QuestionType type,
        @NotBlank @Size(max = 2000) String prompt,
        @Size(max = 4000) String explanation,
        @Size(max = 200) String sectionKey,
        UUID sectionId,
        @Size(max = 10) List<@Valid @NotNull Option> options,
        Boolean answer,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> acceptedAnswers,
        Boolean caseSensitive,
        @Size(max = 12) List<@Valid @NotNull Item> itemsInOrder,
        @Size(max = 12) List<@Valid @NotNull Pair> pairs,
        @Size(max = 4000) String text,
        @Size(max = 20) List<@Valid @NotNull Gap> gaps) {

    public record Option(@NotBlank @Size(max = 50) String key, @NotBlank @Size(max = 1000) String text,
            boolean correct, @Size(max = 2000) String feedback) {
    }

    public record Item(@NotBlank @Size(max = 50) String key, @NotBlank @Size(max = 500) String text) {
    }

    public record Pair(@NotBlank @Size(max = 50) String key, @NotBlank @Size(max = 500) String left,
            @NotBlank @Size(max = 500) String right) {
    }

    public record Gap(@Positive int number, @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> acceptedAnswers) {
    }
}
