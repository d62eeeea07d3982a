package org.examsuite.content.domain;

import java.util.List;

import org.examsuite.content.domain.validation.ValidRubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A mark scheme as teachers write it: criteria, each with levels and mark bands. */
@ValidRubric
public record RubricDraft(
        @Size(max = 200) String key,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @NotNull @Size(min = 1, max = 8) List<@Valid @NotNull Criterion> criteria) {

    public record Criterion(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 300) String name,
            @Size(max = 2000) String description, @Positive int maxMarks,
            @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull Level> levels) {
    }

    public record Level(@Min(1) int level, @NotBlank @Size(max = 2000) String descriptor,
            @PositiveOrZero int minMark, @PositiveOrZero int maxMark) {
    }

    public int maxMarks() {
        return criteria.stream().mapToInt(Criterion::maxMarks).sum();
    }
}
