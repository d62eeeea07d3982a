package org.examsuite.content.search;

import org.examsuite.events.content.QualificationLevel;

/** Optional restrictions of a search; null means any. */
public record SearchFilter(String subject, QualificationLevel level, String board) {
}
