package org.examsuite.grading.domain.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.RubricLevel;

/**
 * Turns the checks into a level range per rubric criterion. The rules work on five steps (the
 * levels of the usual history mark scheme) and are scaled to the criterion's own number of levels.
 * Each criterion takes two signals; the range runs from the lower signal up by at most one step,
 * so strong evidence on one side never hides weak evidence on the other.
 * <ul>
 * <li>Coverage step: share of indicative factors covered ≥ 50% → 5, ≥ 35% → 4, ≥ 20% → 3, any → 2, none → 1.</li>
 * <li>Specificity step: distinct names, dates and figures ≥ 10 → 5, ≥ 6 → 4, ≥ 3 → 3, ≥ 1 → 2, none → 1.</li>
 * <li>Structure step: no points → 1; under half the points with evidence and explanation → 2; under
 * half explained (saying why) → 3; every point explained, at least three points and links between
 * factors → 5; otherwise 4.</li>
 * <li>Judgement step, when the command word demands a weighed judgement: absent → 1, asserted → 2,
 * weighed → 4, weighed in at least two places → 5. For other command words: absent → 1, asserted
 * → 3, weighed → 4, weighed in two places → 5.</li>
 * <li>Balance step: no counter-argument → 2 (the other side ignored), brief → 3, developed → 4,
 * developed and answered → 5.</li>
 * </ul>
 * Knowledge takes coverage and specificity, and reaches at most step 3 without a single date.
 * Analysis takes structure and relevance (the coverage step plus one) and reaches at most step 3
 * without a thesis or a conclusion. Evaluation takes judgement and balance. Every criterion is then
 * capped at relevance (coverage step plus one): a plan that covers none of the factors is estimated
 * at steps 1-2, however well it is written, because it answers some other question. A capped range
 * spans the ceiling and the step below it.
 */
public final class LevelEstimator {

    static final int STEPS = 5;

    private LevelEstimator() {
    }

    private record Range(int low, int high, List<String> reasons) {

        static Range of(int first, int second, List<String> reasons) {
            int low = Math.min(first, second);
            return new Range(low, Math.min(Math.max(first, second), low + 1), reasons);
        }

        Range capped(int ceiling, String reason) {
            if (high <= ceiling) {
                return this;
            }
            List<String> more = new ArrayList<>(reasons);
            more.add(reason);
            return new Range(Math.min(low, Math.max(1, ceiling - 1)), ceiling, more);
        }
    }

    public static List<CriterionEstimate> estimate(Rubric rubric, CommandWord commandWord, FactorCoverage coverage,
            Judgement judgement, Balance balance, SpecificEvidence evidence, Structure structure) {
        int coverageStep = coverageStep(coverage);
        int relevance = Math.min(STEPS, coverageStep + 1);
        String relevanceReason = "at most level %d: covers " + coverage.coveredCount() + " of " + coverage.factors()
                + " factors, so the plan may answer a different question";
        Range knowledge = knowledge(coverage, coverageStep, evidence).capped(relevance, relevanceReason.formatted(relevance));
        Range analysis = analysis(structure, relevance).capped(relevance, relevanceReason.formatted(relevance));
        Range evaluation = evaluation(commandWord, judgement, balance).capped(relevance, relevanceReason.formatted(relevance));

        List<CriterionEstimate> estimates = new ArrayList<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            CriterionEstimate.Basis basis = basisOf(criterion);
            Range range = switch (basis) {
                case KNOWLEDGE -> knowledge;
                case ANALYSIS -> analysis;
                case EVALUATION -> evaluation;
                case OVERALL -> overall(knowledge, analysis, evaluation);
            };
            int low = scaled(range.low(), criterion);
            int high = scaled(range.high(), criterion);
            estimates.add(new CriterionEstimate(criterion.key(), criterion.name(), basis, low, high, range.reasons(),
                    String.join("; ", range.reasons())));
        }
        return List.copyOf(estimates);
    }

    /** Chosen by words in the criterion's key and name, so a school's own rubric maps without configuration. */
    static CriterionEstimate.Basis basisOf(RubricCriterion criterion) {
        String words = (criterion.key() + " " + criterion.name()).toLowerCase(Locale.ROOT);
        if (words.contains("knowledge") || words.contains("understanding") || words.contains("recall")) {
            return CriterionEstimate.Basis.KNOWLEDGE;
        }
        if (words.contains("evaluat") || words.contains("judgement") || words.contains("judgment")) {
            return CriterionEstimate.Basis.EVALUATION;
        }
        if (words.contains("analys") || words.contains("explanation") || words.contains("argument")) {
            return CriterionEstimate.Basis.ANALYSIS;
        }
        return CriterionEstimate.Basis.OVERALL;
    }

    /** Step 1..5 onto the criterion's levels: step × levels / 5, rounded, within the rubric's levels. */
    static int scaled(int step, RubricCriterion criterion) {
        int lowest = criterion.levels().stream().mapToInt(RubricLevel::level).min().orElse(1);
        int highest = criterion.levels().stream().mapToInt(RubricLevel::level).max().orElse(STEPS);
        int count = highest - lowest + 1;
        int level = lowest - 1 + Math.round((float) step * count / STEPS);
        return Math.max(lowest, Math.min(highest, level));
    }

    static int coverageStep(FactorCoverage coverage) {
        double ratio = coverage.ratio();
        return ratio >= 0.5 ? 5 : ratio >= 0.35 ? 4 : ratio >= 0.2 ? 3 : ratio > 0 ? 2 : 1;
    }

    static int specificityStep(SpecificEvidence evidence) {
        int total = evidence.total();
        return total >= 10 ? 5 : total >= 6 ? 4 : total >= 3 ? 3 : total >= 1 ? 2 : 1;
    }

    static int structureStep(Structure structure) {
        if (structure.points() == 0) {
            return 1;
        }
        double complete = (double) structure.complete() / structure.points();
        double explained = (double) structure.explained() / structure.points();
        if (complete < 0.5) {
            return 2;
        }
        if (explained < 0.5) {
            return 3;
        }
        return structure.explained() == structure.points() && structure.points() >= 3 && structure.linksFactors() ? 5 : 4;
    }

    static int judgementStep(CommandWord commandWord, Judgement judgement) {
        boolean demands = commandWord != null && commandWord.demandsWeighedJudgement();
        return switch (judgement.strength()) {
            case ABSENT -> 1;
            case ASSERTED -> demands ? 2 : 3;
            case WEIGHED -> judgement.sustained() ? 5 : 4;
        };
    }

    static int balanceStep(Balance balance) {
        return switch (balance.strength()) {
            case ABSENT -> 2;
            case BRIEF -> 3;
            case DEVELOPED -> balance.answered() ? 5 : 4;
        };
    }

    private static Range knowledge(FactorCoverage coverage, int coverageStep, SpecificEvidence evidence) {
        List<String> reasons = new ArrayList<>();
        reasons.add(coverage.factors() == 0 ? "the question lists no indicative factors"
                : "covers " + coverage.coveredCount() + " of " + coverage.factors() + " factors");
        reasons.add(evidence.total() == 0 ? "no specific names, dates or figures"
                : evidence.total() + " specific details (" + count(evidence.names().size(), "name") + ", "
                        + count(evidence.dates().size(), "date") + ", " + count(evidence.figures().size(), "figure") + ")");
        Range range = Range.of(coverageStep, specificityStep(evidence), reasons);
        if (evidence.dates().isEmpty()) {
            List<String> more = new ArrayList<>(reasons);
            more.add("no dates");
            range = new Range(Math.min(range.low(), 3), Math.min(range.high(), 3), more);
        }
        return range;
    }

    private static Range analysis(Structure structure, int relevance) {
        List<String> reasons = new ArrayList<>();
        if (structure.points() == 0) {
            reasons.add("no points");
        } else {
            reasons.add(structure.complete() + " of " + count(structure.points(), "point")
                    + (structure.points() == 1 ? " has" : " have") + " evidence and an explanation");
            reasons.add(structure.explained() + " of " + structure.points() + " explanations say why");
            reasons.add(structure.linksFactors() ? "links factors to each other" : "no links between factors");
        }
        Range range = Range.of(structureStep(structure), relevance, reasons);
        if (!structure.hasThesis() && !structure.hasConclusion()) {
            List<String> more = new ArrayList<>(reasons);
            more.add("no thesis or conclusion, so no line of argument");
            range = new Range(Math.min(range.low(), 3), Math.min(range.high(), 3), more);
        }
        return range;
    }

    private static Range evaluation(CommandWord commandWord, Judgement judgement, Balance balance) {
        List<String> reasons = new ArrayList<>();
        String asks = commandWord == null ? "the question" : "'" + commandWord.phrase() + "'";
        reasons.add(switch (judgement.strength()) {
            case ABSENT -> "no judgement in the thesis or conclusion";
            case ASSERTED -> judgement.demandsWeighedJudgement()
                    ? "a judgement is stated but not weighed, and " + asks + " asks for a weighed one"
                    : "an overall view is stated but not weighed";
            case WEIGHED -> "the judgement weighs factors (" + String.join(", ", judgement.weighingPhrases().stream()
                    .limit(3).map(p -> "'" + p + "'").toList()) + ")"
                    + (judgement.sustained() ? " in more than one part of the plan" : "");
        });
        reasons.add(switch (balance.strength()) {
            case ABSENT -> "no counter-argument";
            case BRIEF -> balance.sentences() <= 1 ? "the counter-argument is one sentence"
                    : "the counter-argument uses no evidence";
            case DEVELOPED -> balance.answered() ? "the counter-argument is developed and answered"
                    : "the counter-argument is developed but not answered";
        });
        return Range.of(judgementStep(commandWord, judgement), balanceStep(balance), reasons);
    }

    private static Range overall(Range knowledge, Range analysis, Range evaluation) {
        int low = Math.round((knowledge.low() + analysis.low() + evaluation.low()) / 3f);
        int high = Math.max(low, Math.round((knowledge.high() + analysis.high() + evaluation.high()) / 3f));
        return new Range(low, high, List.of("no check matches this criterion by name; the mean of the knowledge, "
                + "analysis and evaluation estimates"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
