package org.examsuite.events.content;

import java.util.List;
import java.util.UUID;

/**
 * A levels-of-response mark scheme as it stood when the topic version was published. {@code version}
 * grows with each edit of the rubric, so a grade can name exactly the scheme it was made with.
 */
public record Rubric(UUID id, int version, String name, List<RubricCriterion> criteria) {

    public int maxMarks() {
        return criteria.stream().mapToInt(RubricCriterion::maxMarks).sum();
    }
}
