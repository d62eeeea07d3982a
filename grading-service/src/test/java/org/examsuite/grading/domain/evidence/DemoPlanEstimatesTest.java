package org.examsuite.grading.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.examsuite.events.content.EssayQuestion;
import org.examsuite.grading.DemoPack;
import org.examsuite.grading.DemoPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks and estimates on plans for the demo pack's five essay questions, compared the way a
 * teacher compares them: a strong plan reaches the top levels; a list of factors shows some knowledge
 * but little analysis and no weighed judgement; a fine plan on another question earns almost
 * nothing; dropping the counter-argument costs evaluation and nothing else.
 */
class DemoPlanEstimatesTest {

    static Stream<String> questions() {
        return DemoPack.ESSAY_KEYS.stream();
    }

    private static EvidenceReport check(String key, org.examsuite.events.quiz.EssayPlan plan) {
        return EvidenceReport.check(DemoPack.question(key), plan);
    }

    @ParameterizedTest
    @MethodSource("questions")
    void aStrongPlanPassesEveryCheckAndIsEstimatedAtTheTopLevels(String key) {
        EvidenceReport report = check(key, DemoPlans.strong(key));

        // Most factors of the indicative content, each backed by names and dates.
        assertThat(report.coverage().ratio()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.specificEvidence().total()).isGreaterThanOrEqualTo(10);
        assertThat(report.specificEvidence().dates()).isNotEmpty();
        // Every point carries evidence and says why it matters.
        assertThat(report.structure().explained()).isEqualTo(report.structure().points());
        // The conclusion ranks the factors, as the command word asks, and the other side is argued and answered.
        assertThat(report.judgement().strength()).isEqualTo(Judgement.Strength.WEIGHED);
        assertThat(report.judgement().answersCommandWord()).isTrue();
        assertThat(report.balance().strength()).isEqualTo(Balance.Strength.DEVELOPED);
        assertThat(report.balance().answered()).isTrue();
        assertThat(report.estimates()).allSatisfy(e -> assertThat(e.lowLevel()).isGreaterThanOrEqualTo(4));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void aListOfFactorsShowsSomeKnowledgeButLittleAnalysisAndNoWeighedJudgement(String key) {
        EvidenceReport strong = check(key, DemoPlans.strong(key));
        EvidenceReport list = check(key, DemoPlans.listLike(key));

        // Naming factors is knowledge, so the list covers some; but fewer, with less detail, than the strong plan.
        assertThat(list.coverage().coveredCount()).isPositive();
        assertThat(list.estimateFor("knowledge").highLevel()).isLessThan(strong.estimateFor("knowledge").lowLevel());
        // Points without explanations are description, not analysis: level 3 at best (level 3 is "mixed with description").
        assertThat(list.structure().complete() * 2).isLessThan(list.structure().points());
        assertThat(list.estimateFor("analysis").highLevel()).isLessThanOrEqualTo(3);
        // "These were the reasons" restates rather than weighs; where the command word demands weighing, it fails.
        assertThat(list.judgement().strength()).isNotEqualTo(Judgement.Strength.WEIGHED);
        if (DemoPack.question(key).commandWord().demandsWeighedJudgement()) {
            assertThat(list.judgement().answersCommandWord()).isFalse();
            assertThat(list.estimateFor("evaluation").lowLevel()).isEqualTo(2);
        }
        assertThat(list.estimateFor("evaluation").highLevel()).isLessThanOrEqualTo(3)
                .isLessThan(strong.estimateFor("evaluation").lowLevel());
    }

    @ParameterizedTest
    @MethodSource("questions")
    void aWellWrittenPlanForAnotherQuestionEarnsAlmostNothing(String key) {
        EvidenceReport report = check(key, DemoPlans.OFF_TOPIC);

        // The German-unification plan is structured, weighed and full of names and dates...
        assertThat(report.structure().explained()).isEqualTo(report.structure().points());
        assertThat(report.judgement().strength()).isEqualTo(Judgement.Strength.WEIGHED);
        assertThat(report.specificEvidence().total()).isGreaterThanOrEqualTo(10);
        // ...but none of it is evidence for this question, and a teacher would give it level 1 or 2 throughout.
        assertThat(report.coverage().coveredCount()).isZero();
        assertThat(report.estimates()).allSatisfy(e -> assertThat(e.highLevel()).isLessThanOrEqualTo(2));
        assertThat(report.estimateFor("knowledge").summary()).startsWith("covers 0 of");
        assertThat(report.estimateFor("analysis").reasons()).anyMatch(r -> r.contains("may answer a different question"));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void anEmptyCounterArgumentCostsEvaluationAndNothingElse(String key) {
        EvidenceReport strong = check(key, DemoPlans.strong(key));
        EvidenceReport oneSided = check(key, DemoPlans.withoutCounterArgument(key));

        assertThat(oneSided.balance().strength()).isEqualTo(Balance.Strength.ABSENT);
        // "The other side is ignored" is the level 2 descriptor for evaluation, however well the conclusion is phrased.
        assertThat(oneSided.estimateFor("evaluation").lowLevel()).isEqualTo(2);
        assertThat(oneSided.estimateFor("evaluation").highLevel()).isEqualTo(3);
        assertThat(oneSided.estimateFor("evaluation").reasons()).contains("no counter-argument");
        // Knowledge and analysis come from the points, which did not change.
        assertThat(oneSided.estimateFor("analysis")).isEqualTo(strong.estimateFor("analysis"));
        assertThat(oneSided.estimateFor("knowledge").lowLevel()).isEqualTo(strong.estimateFor("knowledge").lowLevel());
    }

    @Test
    void theReasonsSayWhatATeacherWouldSay() {
        EssayQuestion consequences = DemoPack.question(DemoPack.CONSEQUENCES);
        EvidenceReport list = EvidenceReport.check(consequences, DemoPlans.listLike(DemoPack.CONSEQUENCES));

        assertThat(list.estimateFor("knowledge").summary())
                .isEqualTo("covers 3 of 10 factors; 3 specific details (3 names, 0 dates, 0 figures); no dates");
        assertThat(list.estimateFor("analysis").summary())
                .isEqualTo("0 of 4 points have evidence and an explanation; 0 of 4 explanations say why; no links between factors");
        assertThat(list.estimateFor("evaluation").summary())
                .isEqualTo("an overall view is stated but not weighed; the counter-argument is one sentence");
        assertThat(list.structure().gaps()).containsExactly("point 1: no explanation", "point 2: no explanation",
                "point 3: no explanation", "point 4: no explanation");
    }
}
