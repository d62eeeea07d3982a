package org.examsuite.grading.domain.evidence;

import java.util.List;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;

/** Small plans for tests that look at one part at a time. */
final class Plans {

    private Plans() {
    }

    static EssayPlan thesisOnly(String thesis) {
        return new EssayPlan(thesis, List.of(), "", "");
    }

    static EssayPlan verdict(String thesis, String conclusion) {
        return new EssayPlan(thesis, List.of(), "", conclusion);
    }

    static EssayPlan counter(String counterArgument, String conclusion) {
        return new EssayPlan("", List.of(), counterArgument, conclusion);
    }

    static EssayPlan points(PlanPoint... points) {
        return new EssayPlan("", List.of(points), "", "");
    }
}
