package org.examsuite.events.content;

public record KeyPoint(String heading, String text) {
}
