package org.examsuite.grading.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A teacher's grade: a level and a comment for every criterion, optionally the mark within the
 * level's band (else placed by the same rule as the student's), and an overall comment.
 */
public record ModerationDraft(
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Choice> criteria,
        @Size(max = 2000) String comment) {

    public record Choice(
            @NotBlank @Size(max = 100) String criterionKey,
            @NotNull @Min(0) @Max(20) Integer level,
            @Min(0) Integer mark,
            @NotBlank @Size(max = 1000) String comment) {
    }
}
