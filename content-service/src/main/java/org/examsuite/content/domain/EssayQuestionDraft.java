package org.examsuite.content.domain;

import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.CommandWord;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An essay question as teachers write it. The rubric is named by id (API) or by key (content
 * pack); its total must equal {@code marks}.
 */
public record EssayQuestionDraft(
        @Size(max = 200) String key,
        @NotBlank @Size(max = 2000) String prompt,
        @NotNull CommandWord commandWord,
        @Positive @Max(100) int marks,
        @Min(1) @Max(240) int suggestedMinutes,
        @Size(max = 4000) String guidance,
        UUID rubricId,
        @Size(max = 200) String rubricKey,
        @NotNull @Size(max = 15) List<@Valid @NotNull Factor> indicativeContent) {

    public record Factor(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String description,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 100) String> evidenceTerms,
            @Min(1) int minimumMatches) {
    }
}
