package org.examsuite.grading.domain;

import java.util.List;
import java.util.UUID;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A plan handed in for an essay question, with the length limit of each part. The same limits hold
 * for plans that arrive from quiz-service. Thesis, counter-argument and conclusion may be left
 * empty: the evidence checks then say what is missing, which is more use to a student than a refusal.
 */
public record PlanDraft(
        @NotNull UUID essayQuestionId,
        @Size(max = MAX_THESIS) String thesis,
        @NotNull @Size(min = 1, max = MAX_POINTS) List<@Valid @NotNull Point> points,
        @Size(max = MAX_COUNTER_ARGUMENT) String counterArgument,
        @Size(max = MAX_CONCLUSION) String conclusion) {

    public static final int MAX_THESIS = 1000;
    public static final int MAX_POINTS = 10;
    public static final int MAX_POINT = 500;
    public static final int MAX_EVIDENCE = 1500;
    public static final int MAX_EXPLANATION = 1500;
    public static final int MAX_COUNTER_ARGUMENT = 2000;
    public static final int MAX_CONCLUSION = 1500;

    public record Point(
            @NotBlank @Size(max = MAX_POINT) String point,
            @Size(max = MAX_EVIDENCE) String evidence,
            @Size(max = MAX_EXPLANATION) String explanation) {
    }

    public static PlanDraft of(UUID essayQuestionId, EssayPlan plan) {
        List<Point> points = plan.points() == null ? null
                : plan.points().stream().map(p -> p == null ? null : new Point(p.point(), p.evidence(), p.explanation())).toList();
        return new PlanDraft(essayQuestionId, plan.thesis(), points, plan.counterArgument(), plan.conclusion());
    }

    public EssayPlan plan() {
        return new EssayPlan(trimmed(thesis), points.stream()
                .map(p -> new PlanPoint(trimmed(p.point()), trimmed(p.evidence()), trimmed(p.explanation()))).toList(),
                trimmed(counterArgument), trimmed(conclusion));
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
