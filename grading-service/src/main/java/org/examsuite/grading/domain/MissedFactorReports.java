package org.examsuite.grading.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.examsuite.grading.persistence.Assessment;
import org.examsuite.grading.persistence.EssayQuestionRecord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * For a teacher: across every plan for an essay question, which indicative factors students most
 * often missed, so that the next lesson can go where the class is thin.
 */
@ApplicationScoped
public class MissedFactorReports {

    public record QuestionReport(UUID essayQuestionId, String prompt, long assessments, long students,
            List<FactorMisses> factors) {
    }

    /**
     * @param assessed plans checked against this factor (a factor added in a later version counts only from then)
     * @param missedShare {@code missed / assessed}, 0..1
     */
    public record FactorMisses(String factorKey, String title, long assessed, long missed, long studentsMissing,
            double missedShare) {
    }

    public record Totals(String factorKey, String title, long assessed) {
    }

    public record Misses(String factorKey, long missed, long students) {
    }

    @Transactional
    public QuestionReport forQuestion(UUID essayQuestionId) {
        EssayQuestionRecord question = EssayCatalog.find(essayQuestionId);
        String prompt = EssayCatalog.current(question).question.prompt();
        var em = Assessment.getEntityManager();
        Object[] counts = em.createQuery("""
                select count(a), count(distinct a.studentId) from Assessment a where a.essayQuestionId = :question""",
                Object[].class).setParameter("question", essayQuestionId).getSingleResult();
        List<Totals> totals = em.createQuery("""
                select f.factorKey, max(f.title), count(a)
                from Assessment a join a.factors f where a.essayQuestionId = :question group by f.factorKey""", Totals.class)
                .setParameter("question", essayQuestionId).getResultList();
        Map<String, Misses> misses = new HashMap<>();
        em.createQuery("""
                select f.factorKey, count(a), count(distinct a.studentId)
                from Assessment a join a.factors f
                where a.essayQuestionId = :question and f.covered = false group by f.factorKey""", Misses.class)
                .setParameter("question", essayQuestionId).getResultList()
                .forEach(m -> misses.put(m.factorKey(), m));
        List<FactorMisses> factors = totals.stream().map(t -> {
            Misses m = misses.getOrDefault(t.factorKey(), new Misses(t.factorKey(), 0, 0));
            double share = t.assessed() == 0 ? 0 : Math.round(1000.0 * m.missed() / t.assessed()) / 1000.0;
            return new FactorMisses(t.factorKey(), t.title(), t.assessed(), m.missed(), m.students(), share);
        }).sorted(Comparator.comparingLong(FactorMisses::missed).reversed()
                .thenComparing(Comparator.comparingDouble(FactorMisses::missedShare).reversed())
                .thenComparing(FactorMisses::factorKey)).toList();
        return new QuestionReport(essayQuestionId, prompt, (Long) counts[0], (Long) counts[1], factors);
    }
}
