package org.examsuite.quiz.api;

import java.util.List;

/** One page of a list; {@code total} counts all items that match. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
