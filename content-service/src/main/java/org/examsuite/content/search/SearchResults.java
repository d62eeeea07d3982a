package org.examsuite.content.search;

import java.util.List;

/** A page of ranked hits; {@code total} counts all hits. */
public record SearchResults(List<SearchHit> items, int page, int size, long total) {
}
