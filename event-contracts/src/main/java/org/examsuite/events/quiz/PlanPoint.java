package org.examsuite.events.quiz;

public record PlanPoint(String point, String evidence, String explanation) {
}
