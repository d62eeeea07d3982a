package org.examsuite.platform.api;

import java.util.List;

/** One page of a list, the same shape in every service; {@code total} counts all items that match. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
