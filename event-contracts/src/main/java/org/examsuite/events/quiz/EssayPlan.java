package org.examsuite.events.quiz;

import java.util.List;

/** A student's essay plan: an overall judgement, points with evidence, the other side, a conclusion. */
public record EssayPlan(String thesis, List<PlanPoint> points, String counterArgument, String conclusion) {
}
