package org.examsuite.events.content;

import java.util.List;

/** A gap of a cloze text, written {@code {{n}}} in the text where n is {@code number}. */
public record ClozeGap(int number, List<String> acceptedAnswers) {
}
