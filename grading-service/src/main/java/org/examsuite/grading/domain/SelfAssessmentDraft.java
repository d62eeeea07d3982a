package org.examsuite.grading.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The student's grade: a level for every criterion of the rubric, each with a short justification. */
public record SelfAssessmentDraft(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Choice> criteria) {

    /** {@code level} 0 means nothing creditworthy for the criterion. */
    public record Choice(
            @NotBlank @Size(max = 100) String criterionKey,
            @NotNull @Min(0) @Max(20) Integer level,
            @NotBlank @Size(max = 500) String justification) {
    }
}
