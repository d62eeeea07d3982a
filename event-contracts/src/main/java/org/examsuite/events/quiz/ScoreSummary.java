package org.examsuite.events.quiz;

/** Marks scored out of marks available, for one slice of a session (a question type, a section). */
public record ScoreSummary(String slice, double score, double maxScore, int items) {
}
