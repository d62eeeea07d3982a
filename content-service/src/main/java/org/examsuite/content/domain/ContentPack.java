package org.examsuite.content.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The suite's own content pack format (docs/content-pack-format.md): whole topics with their
 * rubrics, each item under a stable key, so that importing the same pack again updates in place.
 */
public record ContentPack(
        @NotNull @Pattern(regexp = FORMAT, message = "must be \"" + FORMAT + "\"") String format,
        @NotNull @Min(1) @Max(1) Integer formatVersion,
        @Size(max = 50) List<@Valid @NotNull RubricDraft> rubrics,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull TopicDraft> topics) {

    public static final String FORMAT = "examsuite-content-pack";

    public List<RubricDraft> rubricsOrEmpty() {
        return rubrics == null ? List.of() : rubrics;
    }
}
