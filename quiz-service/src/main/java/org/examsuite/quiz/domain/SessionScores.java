package org.examsuite.quiz.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session's score, overall, per item kind and per note section. Items that count are those
 * marked (or graded); essays still waiting for their grade are left out of both the score and the
 * marks available, and counted in {@code pendingEssays}, so a percentage is never dragged down by
 * a mark that has not arrived yet. Items without a note section (essays) appear only per kind.
 * Sections are listed weakest first.
 */
public record SessionScores(double score, double maxScore, int pendingEssays, List<Slice> byKind, List<Slice> bySection) {

    /** One item as scoring sees it; {@code counted} is false for items not (yet) marked. */
    public record ScoredItem(ItemKind kind, UUID topicId, UUID sectionId, String sectionTitle, double score,
            double maxScore, boolean counted, boolean pendingEssay) {
    }

    /** Marks for one slice of a session: a kind ({@code key} is its name) or a section ({@code key} is its id). */
    public record Slice(String key, String title, UUID topicId, double score, double maxScore, int items) {

        public Double percentage() {
            return SessionScores.percentage(score, maxScore);
        }

        private Slice plus(ScoredItem item) {
            return new Slice(key, title, topicId, score + item.score(), maxScore + item.maxScore(), items + 1);
        }
    }

    public static SessionScores of(List<ScoredItem> items) {
        double score = 0;
        double max = 0;
        int pending = 0;
        Map<ItemKind, Slice> byKind = new EnumMap<>(ItemKind.class);
        Map<UUID, Slice> bySection = new LinkedHashMap<>();
        for (ScoredItem item : items) {
            if (item.pendingEssay()) {
                pending++;
                continue;
            }
            if (!item.counted()) {
                continue;
            }
            score += item.score();
            max += item.maxScore();
            byKind.merge(item.kind(), new Slice(item.kind().name(), item.kind().name(), null, 0, 0, 0).plus(item),
                    (a, b) -> a.plus(item));
            if (item.sectionId() != null) {
                bySection.merge(item.sectionId(),
                        new Slice(item.sectionId().toString(), item.sectionTitle(), item.topicId(), 0, 0, 0).plus(item),
                        (a, b) -> a.plus(item));
            }
        }
        List<Slice> sections = new ArrayList<>(bySection.values());
        sections.sort(Comparator.comparing((Slice s) -> s.percentage() == null ? 100.0 : s.percentage())
                .thenComparing(s -> s.title() == null ? "" : s.title()));
        return new SessionScores(score, max, pending, List.copyOf(byKind.values()), List.copyOf(sections));
    }

    public Double percentage() {
        return percentage(score, maxScore);
    }

    /** Percent to one decimal place, or null when nothing was available to score. */
    public static Double percentage(double score, double maxScore) {
        return maxScore <= 0 ? null : Math.round(score / maxScore * 1000) / 10.0;
    }

    /** Marks rounded to two decimal places for showing (partial credit makes thirds and sixths). */
    public static double rounded(double marks) {
        return Math.round(marks * 100) / 100.0;
    }
}
