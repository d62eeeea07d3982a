package org.examsuite.events.content;

import java.util.List;
import java.util.UUID;

/** A section of a topic's notes; {@code position} orders the sections from 1. */
public record NoteSection(UUID id, int position, String title, List<KeyPoint> keyPoints) {
}
