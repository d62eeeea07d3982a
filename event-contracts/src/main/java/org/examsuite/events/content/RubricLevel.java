package org.examsuite.events.content;

/** A level of a criterion: level 1 is the lowest; the band {@code minMark..maxMark} is inclusive. */
public record RubricLevel(int level, String descriptor, int minMark, int maxMark) {
}
