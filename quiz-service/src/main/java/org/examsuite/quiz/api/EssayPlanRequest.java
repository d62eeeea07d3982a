package org.examsuite.quiz.api;

import java.util.List;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fixed essay plan body: an overall judgement, points with evidence, the other side, a conclusion. */
public record EssayPlanRequest(
        @NotBlank @Size(max = 2000) String thesis,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Point> points,
        @Size(max = 2000) String counterArgument,
        @Size(max = 2000) String conclusion) {

    public record Point(@NotBlank @Size(max = 1000) String point, @Size(max = 2000) String evidence,
            @Size(max = 2000) String explanation) {
    }

    public EssayPlan toPlan() {
        return new EssayPlan(thesis, points.stream().map(p -> new PlanPoint(p.point(), p.evidence(), p.explanation())).toList(),
                counterArgument, conclusion);
    }
}
