package org.examsuite.events.content;

/** An option of a choice question; {@code id} is stable across versions so that answers can name it. */
public record ChoiceOption(String id, String text, boolean correct, String feedback) {
}
