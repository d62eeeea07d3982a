package org.examsuite.quiz.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.MatchPair;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.RecallQuestion;

/**
 * How one item is laid out for its session: the order of the options, ordering items, and left and
 * right sides of a matching question. It is derived from the session's stored seed and the item's
 * position, so the same session always looks the same and nothing but the seed has to be stored.
 * <p>
 * Matching rights are shown under labels R1, R2, ... (in their shown order) instead of their pair
 * ids, since a shared id would give each pairing away. An ordering question is never shown in its
 * correct order, nor a matching question with both sides in the same order.
 */
public record ItemLayout(List<String> optionOrder, List<String> itemOrder, List<String> leftOrder,
        List<String> rightOrder) {

    private static final String RIGHT_LABEL = "R";

    public static ItemLayout of(RecallQuestion question, long seed, int position) {
        Random random = new Random(seed ^ (0x9E3779B97F4A7C15L * (position + 1)));
        if (question instanceof RecallQuestion.SingleChoice q) {
            return options(shuffled(q.options().stream().map(ChoiceOption::id).toList(), random));
        }
        if (question instanceof RecallQuestion.MultipleChoice q) {
            return options(shuffled(q.options().stream().map(ChoiceOption::id).toList(), random));
        }
        if (question instanceof RecallQuestion.Ordering q) {
            List<String> correct = q.itemsInOrder().stream().map(OrderingItem::id).toList();
            return new ItemLayout(List.of(), notIn(shuffled(correct, random), correct), List.of(), List.of());
        }
        if (question instanceof RecallQuestion.Matching q) {
            List<String> pairIds = q.pairs().stream().map(MatchPair::id).toList();
            List<String> lefts = shuffled(pairIds, random);
            return new ItemLayout(List.of(), List.of(), lefts, notIn(shuffled(pairIds, random), lefts));
        }
        return new ItemLayout(List.of(), List.of(), List.of(), List.of());
    }

    /** The label a matching question's right side shows for the pair {@code pairId}. */
    public String rightLabel(String pairId) {
        return RIGHT_LABEL + (rightOrder.indexOf(pairId) + 1);
    }

    /** The pair whose right side is shown under {@code label}, if any. */
    public Optional<String> pairOfRightLabel(String label) {
        if (label == null || !label.startsWith(RIGHT_LABEL)) {
            return Optional.empty();
        }
        try {
            int index = Integer.parseInt(label.substring(RIGHT_LABEL.length())) - 1;
            return index >= 0 && index < rightOrder.size() ? Optional.of(rightOrder.get(index)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ItemLayout options(List<String> order) {
        return new ItemLayout(order, List.of(), List.of(), List.of());
    }

    private static List<String> shuffled(List<String> ids, Random random) {
        List<String> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, random);
        return List.copyOf(copy);
    }

    /** Rotates {@code order} by one when it equals {@code giveaway} (only possible with two or more entries). */
    private static List<String> notIn(List<String> order, List<String> giveaway) {
        if (order.size() < 2 || !order.equals(giveaway)) {
            return order;
        }
        List<String> rotated = new ArrayList<>(order);
        Collections.rotate(rotated, 1);
        return List.copyOf(rotated);
    }
}
