package org.examsuite.quiz.persistence;

import java.util.UUID;

/** A topic of a session, pinned to the version the session started with. */
public record SessionTopic(UUID topicId, int version, String title) {
}
