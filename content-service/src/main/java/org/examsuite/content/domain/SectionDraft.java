package org.examsuite.content.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A note section with its key points, in the order they are read. */
public record SectionDraft(
        @Size(max = 200) String key,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Size(max = 50) List<@Valid @NotNull KeyPointDraft> keyPoints) {

    public record KeyPointDraft(@Size(max = 300) String heading, @NotBlank @Size(max = 5000) String text) {
    }
}
