package org.examsuite.grading.domain.evidence;

import java.util.List;

import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.quiz.EssayPlan;

/**
 * The evidence checks on one plan against one version of its question, computed once when the plan
 * arrives and kept with the assessment, so that what a student saw before grading never changes.
 */
public record EvidenceReport(FactorCoverage coverage, Judgement judgement, Balance balance,
        SpecificEvidence specificEvidence, Structure structure, List<CriterionEstimate> estimates) {

    public static EvidenceReport check(EssayQuestion question, EssayPlan plan) {
        FactorCoverage coverage = FactorCoverage.of(question.indicativeContent(), plan);
        Judgement judgement = Judgement.of(question.commandWord(), plan);
        Balance balance = Balance.of(question, plan);
        SpecificEvidence evidence = SpecificEvidence.of(PlanParts.all(plan), question);
        Structure structure = Structure.of(plan);
        return new EvidenceReport(coverage, judgement, balance, evidence, structure, LevelEstimator.estimate(
                question.rubric(), question.commandWord(), coverage, judgement, balance, evidence, structure));
    }

    public CriterionEstimate estimateFor(String criterionKey) {
        return estimates.stream().filter(e -> e.criterionKey().equals(criterionKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No estimate for criterion " + criterionKey));
    }
}
