package org.examsuite.events.content;

import java.util.List;

/**
 * A factor a strong answer covers, with the terms, names and dates that evidence it. A plan covers
 * the factor when at least {@code minimumMatches} of the evidence terms appear in it.
 */
public record IndicativeFactor(String key, String title, String description, List<String> evidenceTerms,
        int minimumMatches) {
}
