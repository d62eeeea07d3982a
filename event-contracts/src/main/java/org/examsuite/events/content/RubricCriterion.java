package org.examsuite.events.content;

import java.util.List;

/** A criterion of a mark scheme (e.g. "Analysis") with its levels, lowest first. */
public record RubricCriterion(String key, String name, String description, int maxMarks, List<RubricLevel> levels) {
}
