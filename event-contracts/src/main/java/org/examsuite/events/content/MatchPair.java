package org.examsuite.events.content;

/** One correct pairing of a matching question, e.g. a person ({@code left}) and a role ({@code right}). */
public record MatchPair(String id, String left, String right) {
}
