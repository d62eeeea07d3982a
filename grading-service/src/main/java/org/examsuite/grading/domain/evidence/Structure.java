package org.examsuite.grading.domain.evidence;

import java.util.ArrayList;
import java.util.List;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;

/**
 * Whether every point carries evidence and an explanation. A point is complete when its evidence
 * has at least three words and its explanation at least five; it is explained when the explanation
 * also says why or with what result (because, so, led to, meant, allowed …). Linking words between
 * factors (combined with, in turn, reinforced …) in any explanation show the factors interacting.
 *
 * @param gaps what each incomplete point lacks, in plain words ("point 2: no explanation")
 */
public record Structure(int points, int complete, int explained, boolean linksFactors, boolean hasThesis,
        boolean hasConclusion, List<String> gaps) {

    static final int EVIDENCE_WORDS = 3;
    static final int EXPLANATION_WORDS = 5;
    static final int STATEMENT_WORDS = 5;

    public static Structure of(EssayPlan plan) {
        List<PlanPoint> points = PlanParts.points(plan);
        int complete = 0;
        int explained = 0;
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            PlanPoint point = points.get(i);
            boolean evidence = PlanParts.words(point.evidence()) >= EVIDENCE_WORDS;
            boolean explanation = PlanParts.words(point.explanation()) >= EXPLANATION_WORDS;
            if (evidence && explanation) {
                complete++;
                if (Cues.has(Cues.EXPLAINING, PlanParts.normalised(point.explanation()))) {
                    explained++;
                } else {
                    gaps.add("point " + (i + 1) + ": the explanation describes but does not say why");
                }
            } else {
                gaps.add("point " + (i + 1) + ": " + (!evidence && !explanation ? "no evidence and no explanation"
                        : !evidence ? "no evidence" : "no explanation"));
            }
        }
        boolean links = Cues.has(Cues.LINKING, PlanParts.normalised(PlanParts.explanations(plan)));
        return new Structure(points.size(), complete, explained, links,
                PlanParts.words(plan.thesis()) >= STATEMENT_WORDS, PlanParts.words(plan.conclusion()) >= STATEMENT_WORDS,
                List.copyOf(gaps));
    }
}
