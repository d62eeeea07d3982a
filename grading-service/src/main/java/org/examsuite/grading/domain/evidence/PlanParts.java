package org.examsuite.grading.domain.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;

/** The texts of a plan, null-safe, and the counting every check shares. */
final class PlanParts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;])\\s+|\\n+");

    private PlanParts() {
    }

    static String text(String part) {
        return part == null ? "" : part.strip();
    }

    static List<PlanPoint> points(EssayPlan plan) {
        return plan.points() == null ? List.of() : plan.points().stream().filter(p -> p != null).toList();
    }

    /** Every part of the plan, one text per field, in reading order. */
    static List<String> all(EssayPlan plan) {
        List<String> parts = new ArrayList<>();
        parts.add(text(plan.thesis()));
        for (PlanPoint point : points(plan)) {
            parts.add(text(point.point()));
            parts.add(text(point.evidence()));
            parts.add(text(point.explanation()));
        }
        parts.add(text(plan.counterArgument()));
        parts.add(text(plan.conclusion()));
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    static String explanations(EssayPlan plan) {
        return String.join("\n", points(plan).stream().map(p -> text(p.explanation())).toList());
    }

    static int words(String text) {
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Sentences of at least three words: a fragment such as "Trotsky." is not a sentence of argument. */
    static int sentences(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        for (String segment : SENTENCE_BREAK.split(text.strip())) {
            if (words(segment) >= 3) {
                count++;
            }
        }
        return count;
    }

    /** Lower case, one kind of apostrophe, single spaces: the form the phrase cues are written for. */
    static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}
