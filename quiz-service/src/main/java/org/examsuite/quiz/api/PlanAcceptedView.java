package org.examsuite.quiz.api;

import java.util.UUID;

import org.examsuite.quiz.domain.ItemState;

/** A plan handed in: {@code planId} is also the id of its assessment in grading-service. */
public record PlanAcceptedView(UUID planId, UUID sessionId, UUID itemId, ItemState state) {
}
