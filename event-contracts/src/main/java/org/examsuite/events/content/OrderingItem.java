package org.examsuite.events.content;

public record OrderingItem(String id, String text) {
}
