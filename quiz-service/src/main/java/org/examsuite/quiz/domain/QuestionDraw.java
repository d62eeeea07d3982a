package org.examsuite.quiz.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws a session's questions at random, without repeats, from a stored seed: the same candidates
 * in the same order with the same seed always give the same draw. Callers pass candidates in a
 * fixed order (not the database's whim) so that the draw is reproducible.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    public static <T> List<T> draw(List<T> candidates, int count, long seed) {
        List<T> pool = new ArrayList<>(candidates);
        Collections.shuffle(pool, new Random(seed));
        return List.copyOf(pool.subList(0, Math.min(count, pool.size())));
    }

    /** One of {@code candidates}, chosen by the seed independently of {@link #draw}; null when there are none. */
    public static <T> T pickOne(List<T> candidates, long seed) {
        if (candidates.isEmpty()) {
            return null;
        }
        return candidates.get(new Random(~seed).nextInt(candidates.size()));
    }
}
