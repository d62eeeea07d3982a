package org.examsuite.events.content;

import java.time.Instant;
import java.util.UUID;

/** The topic takes no new practice from now on; {@code version} is the last published version. */
public record TopicRetractedV1(UUID topicId, int version, Instant retractedAt) {
}
