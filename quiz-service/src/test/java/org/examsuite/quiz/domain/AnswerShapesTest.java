package org.examsuite.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.examsuite.events.content.RecallQuestion;
import org.examsuite.platform.problems.Problem.FieldError;
import org.examsuite.quiz.TestTopics;
import org.junit.jupiter.api.Test;

class AnswerShapesTest {

    private final TestTopics.Topic topic = TestTopics.topic("Shapes");

    private List<String> faults(RecallQuestion q, Answer answer) {
        return AnswerShapes.check(q, ItemLayout.of(q, 1L, 1), answer).stream().map(FieldError::field).toList();
    }

    @Test
    void theFieldOfTheTypeIsRequiredAndOthersAreRefused() {
        assertThat(faults(topic.singleChoice(), Answer.text("gensec"))).containsExactlyInAnyOrder("text", "optionId");
        assertThat(faults(topic.trueFalse(), new Answer(null, null, null, null, null, null, null))).containsExactly("value");
        assertThat(faults(topic.trueFalse(), null)).containsExactly("answer");
    }

    @Test
    void idsMustBelongToTheItem() {
        assertThat(faults(topic.singleChoice(), Answer.optionId("nope"))).containsExactly("optionId");
        assertThat(faults(topic.multipleChoice(), Answer.optionIds(List.of("trotsky", "nope", "trotsky"))))
                .containsExactly("optionIds[1]", "optionIds[2]");
        assertThat(faults(topic.multipleChoice(), Answer.optionIds(List.of()))).containsExactly("optionIds");
    }

    @Test
    void anOrderMustBeAPermutationOfTheItems() {
        assertThat(faults(topic.ordering(), Answer.order(List.of("lenin-dies", "plan")))).containsExactly("order");
        assertThat(faults(topic.ordering(), Answer.order(List.of("lenin-dies", "plan", "kirov", "kirov"))))
                .containsExactly("order[3]");
        assertThat(faults(topic.ordering(), Answer.order(List.of("kirov", "plan", "expelled", "lenin-dies")))).isEmpty();
    }

    @Test
    void matchesNameKnownLeftsAndEachRightOnce() {
        assertThat(faults(topic.matching(), Answer.matches(Map.of("x", "R1")))).containsExactly("matches.x");
        assertThat(faults(topic.matching(), Answer.matches(Map.of("t", "R9")))).containsExactly("matches.t");
        assertThat(faults(topic.matching(), Answer.matches(Map.of("t", "z")))).containsExactly("matches.t");
        assertThat(faults(topic.matching(), Answer.matches(new java.util.TreeMap<>(Map.of("b", "R1", "t", "R1")))))
                .containsExactly("matches.t");
    }

    @Test
    void gapsAreNumbersOfTheTextAndTextsAreBounded() {
        assertThat(faults(topic.cloze(), Answer.gaps(Map.of("3", "x")))).containsExactly("gaps.3");
        assertThat(faults(topic.cloze(), Answer.gaps(Map.of("1", "x".repeat(501))))).containsExactly("gaps.1");
        assertThat(faults(topic.shortAnswer(), Answer.text(" "))).containsExactly("text");
    }
}
