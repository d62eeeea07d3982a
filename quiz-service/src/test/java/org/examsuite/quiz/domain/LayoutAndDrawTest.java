package org.examsuite.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.quiz.TestTopics;
import org.junit.jupiter.api.Test;

class LayoutAndDrawTest {

    private final TestTopics.Topic topic = TestTopics.topic("Layout");

    @Test
    void theSameSeedAndPositionAlwaysGiveTheSameLayout() {
        for (RecallQuestion q : topic.snapshot().questions()) {
            assertThat(ItemLayout.of(q, 123L, 4)).isEqualTo(ItemLayout.of(q, 123L, 4));
        }
        Set<List<String>> orders = new HashSet<>();
        IntStream.range(0, 50).forEach(seed -> orders.add(ItemLayout.of(topic.multipleChoice(), seed, 1).optionOrder()));
        assertThat(orders).hasSizeGreaterThan(10);
    }

    @Test
    void anOrderingQuestionIsNeverShownInItsCorrectOrder() {
        List<String> correct = topic.ordering().itemsInOrder().stream().map(OrderingItem::id).toList();
        for (long seed = 0; seed < 500; seed++) {
            List<String> shown = ItemLayout.of(topic.ordering(), seed, 2).itemOrder();
            assertThat(shown).isNotEqualTo(correct).containsExactlyInAnyOrderElementsOf(correct);
        }
    }

    @Test
    void matchingRightsAreLabelledAndNeverLinedUpWithTheirLefts() {
        for (long seed = 0; seed < 200; seed++) {
            ItemLayout layout = ItemLayout.of(topic.matching(), seed, 5);
            assertThat(layout.rightOrder()).isNotEqualTo(layout.leftOrder());
            for (String pairId : layout.rightOrder()) {
                assertThat(layout.pairOfRightLabel(layout.rightLabel(pairId))).contains(pairId);
            }
        }
        ItemLayout layout = ItemLayout.of(topic.matching(), 1L, 1);
        assertThat(layout.pairOfRightLabel("R0")).isEmpty();
        assertThat(layout.pairOfRightLabel("Rx")).isEmpty();
        assertThat(layout.pairOfRightLabel("t")).isEmpty();
    }

    @Test
    void theDrawIsReproducibleAndNeverRepeatsAQuestion() {
        List<Integer> candidates = IntStream.range(0, 40).boxed().toList();
        List<Integer> drawn = QuestionDraw.draw(candidates, 10, 99L);
        assertThat(drawn).hasSize(10).doesNotHaveDuplicates().isEqualTo(QuestionDraw.draw(candidates, 10, 99L));
        assertThat(QuestionDraw.draw(candidates, 10, 100L)).isNotEqualTo(drawn);
        assertThat(QuestionDraw.draw(candidates, 100, 99L)).hasSize(40).doesNotHaveDuplicates();
        assertThat(QuestionDraw.pickOne(candidates, 5L)).isEqualTo(QuestionDraw.pickOne(candidates, 5L));
        assertThat(QuestionDraw.<Integer>pickOne(List.of(), 5L)).isNull();
    }
}
