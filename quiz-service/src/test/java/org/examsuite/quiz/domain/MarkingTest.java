package org.examsuite.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.examsuite.events.content.RecallQuestion;
import org.examsuite.quiz.TestTopics;
import org.junit.jupiter.api.Test;

class MarkingTest {

    private final TestTopics.Topic topic = TestTopics.topic("Marking");

    @Test
    void singleChoiceIsAllOrNothing() {
        assertThat(Marking.singleChoice(topic.singleChoice(), "gensec").score()).isEqualTo(1.0);
        Mark wrong = Marking.singleChoice(topic.singleChoice(), "war");
        assertThat(wrong.score()).isZero();
        assertThat(wrong.parts()).containsExactly(Map.entry("war", false));
    }

    @Test
    void multipleChoiceGivesPartialCreditAndWrongTicksCancelRightOnes() {
        RecallQuestion.MultipleChoice q = topic.multipleChoice();
        assertThat(Marking.multipleChoice(q, Set.of("trotsky", "zinoviev", "bukharin")).score()).isEqualTo(1.0);
        assertThat(Marking.multipleChoice(q, Set.of("trotsky", "zinoviev")).score()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(Marking.multipleChoice(q, Set.of("trotsky", "zinoviev", "molotov")).score()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(Marking.multipleChoice(q, Set.of("trotsky", "molotov", "yezhov")).score()).isZero();
        assertThat(Marking.multipleChoice(q, Set.of("trotsky", "molotov", "zinoviev", "bukharin", "yezhov")).score())
                .isCloseTo(1 / 3.0, within(1e-9));
        assertThat(Marking.multipleChoice(q, Set.of("trotsky", "molotov")).parts())
                .containsEntry("trotsky", true).containsEntry("molotov", false).containsEntry("zinoviev", false)
                .containsEntry("yezhov", true);
    }

    @Test
    void trueFalseIsAllOrNothing() {
        assertThat(Marking.trueFalse(topic.trueFalse(), true).score()).isEqualTo(1.0);
        assertThat(Marking.trueFalse(topic.trueFalse(), false).score()).isZero();
    }

    @Test
    void shortAnswersAcceptNormalisedVariantsAndTyposButNotWrongYears() {
        Mark variant = Marking.shortAnswer(topic.shortAnswer(), "the socialism in a single country");
        assertThat(variant.score()).isEqualTo(1.0);
        assertThat(variant.match()).isEqualTo(TextMatch.VARIANT);
        Mark typo = Marking.shortAnswer(topic.shortAnswer(), "Socialism in one contry");
        assertThat(typo.score()).isEqualTo(1.0);
        assertThat(typo.match()).isEqualTo(TextMatch.FUZZY);
        assertThat(Marking.shortAnswer(topic.shortAnswer(), "Permanent revolution").score()).isZero();
        assertThat(Marking.shortAnswer(topic.year(), "1928").score()).isEqualTo(1.0);
        assertThat(Marking.shortAnswer(topic.year(), "1929").score()).isZero();
    }

    @Test
    void orderingCreditsTheItemsInTheRightRelativePlace() {
        RecallQuestion.Ordering q = topic.ordering();
        assertThat(Marking.ordering(q, List.of("lenin-dies", "expelled", "plan", "kirov")).score()).isEqualTo(1.0);
        Mark oneMoved = Marking.ordering(q, List.of("expelled", "plan", "kirov", "lenin-dies"));
        assertThat(oneMoved.score()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(oneMoved.parts()).containsEntry("lenin-dies", false).containsEntry("expelled", true)
                .containsEntry("plan", true).containsEntry("kirov", true);
        assertThat(Marking.ordering(q, List.of("expelled", "lenin-dies", "kirov", "plan")).score())
                .isCloseTo(1 / 3.0, within(1e-9));
        assertThat(Marking.ordering(q, List.of("kirov", "plan", "expelled", "lenin-dies")).score()).isZero();
    }

    @Test
    void matchingCreditsEachRightPair() {
        RecallQuestion.Matching q = topic.matching();
        assertThat(Marking.matching(q, Map.of("t", "t", "z", "z", "b", "b")).score()).isEqualTo(1.0);
        Mark swapped = Marking.matching(q, Map.of("t", "t", "z", "b", "b", "z"));
        assertThat(swapped.score()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(swapped.parts()).containsEntry("t", true).containsEntry("z", false).containsEntry("b", false);
        assertThat(Marking.matching(q, Map.of("t", "t", "z", "z")).score()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void clozeCreditsEachGapAsAShortAnswer() {
        RecallQuestion.Cloze q = topic.cloze();
        assertThat(Marking.cloze(q, Map.of(1, "Secretariet", 2, "collectivisation")).score()).isEqualTo(1.0);
        Mark half = Marking.cloze(q, Map.of(1, "Orgburo", 2, "Five-Year Plan"));
        assertThat(half.score()).isEqualTo(0.5);
        assertThat(half.parts()).containsEntry("1", true).containsEntry("2", false);
        assertThat(Marking.cloze(q, Map.of(2, "Collectivisation")).score()).isEqualTo(0.5);
    }

    @Test
    void matchingAnswersUseTheSessionsRightLabels() {
        RecallQuestion.Matching q = topic.matching();
        ItemLayout layout = ItemLayout.of(q, 42L, 3);
        Answer right = Marking.key(q, layout);
        assertThat(right.matches().values()).allMatch(label -> label.startsWith("R"));
        assertThat(Marking.mark(q, right, layout).score()).isEqualTo(1.0);
    }

    @Test
    void theKeyOfEveryTypeScoresFullMarks() {
        for (RecallQuestion q : topic.snapshot().questions()) {
            ItemLayout layout = ItemLayout.of(q, 7L, 1);
            assertThat(Marking.mark(q, Marking.key(q, layout), layout).fullMarks()).as(q.type().name()).isTrue();
            assertThat(AnswerShapes.check(q, layout, Marking.key(q, layout))).as(q.type().name()).isEmpty();
        }
    }
}
