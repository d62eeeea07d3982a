package org.examsuite.grading.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.examsuite.grading.persistence.Assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A student's calibration over time: for each criterion, how their self-grades compare with the
 * teacher's and with the evidence estimate, assessment by assessment in the order they graded.
 * The difference with the evidence is the distance from the estimated range (0 inside it).
 */
@ApplicationScoped
public class CalibrationReports {

    public record StudentCalibration(String studentId, int assessments, List<CriterionHistory> criteria) {
    }

    public record CriterionHistory(String criterionKey, String criterionName, Trend selfMinusTeacher,
            Trend selfMinusEvidence, List<Point> points) {
    }

    public record Point(UUID assessmentId, UUID essayQuestionId, Instant selfAssessedAt, int selfLevel, Integer teacherLevel,
            int evidenceLowLevel, int evidenceHighLevel, Integer selfMinusTeacher, int selfMinusEvidence) {
    }

    /** One row per graded criterion, read without the plans and checks. */
    public record Row(UUID assessmentId, UUID essayQuestionId, Instant selfAssessedAt, String criterionKey,
            String criterionName, Integer selfLevel, Integer teacherLevel, int estimateLow, int estimateHigh) {
    }

    @Transactional
    public StudentCalibration forStudent(String studentId) {
        List<Row> rows = Assessment.getEntityManager().createQuery("""
                select a.id, a.essayQuestionId, a.selfAssessedAt,
                    c.criterionKey, c.criterionName, c.selfLevel, c.teacherLevel, c.estimateLow, c.estimateHigh
                from Assessment a join a.criteria c
                where a.studentId = :student and a.selfAssessedAt is not null and c.selfLevel is not null
                order by a.selfAssessedAt, a.id""", Row.class)
                .setParameter("student", studentId)
                .getResultList();
        Map<String, List<Row>> byCriterion = new LinkedHashMap<>();
        rows.forEach(row -> byCriterion.computeIfAbsent(row.criterionKey(), k -> new ArrayList<>()).add(row));
        List<CriterionHistory> criteria = byCriterion.values().stream().map(CalibrationReports::history).toList();
        long assessments = rows.stream().map(Row::assessmentId).distinct().count();
        return new StudentCalibration(studentId, (int) assessments, criteria);
    }

    private static CriterionHistory history(List<Row> rows) {
        List<Point> points = new ArrayList<>();
        List<Integer> againstTeacher = new ArrayList<>();
        List<Integer> againstEvidence = new ArrayList<>();
        for (Row row : rows) {
            int self = row.selfLevel();
            int evidenceGap = self - Math.max(row.estimateLow(), Math.min(row.estimateHigh(), self));
            Integer teacherGap = row.teacherLevel() == null ? null : self - row.teacherLevel();
            if (teacherGap != null) {
                againstTeacher.add(teacherGap);
            }
            againstEvidence.add(evidenceGap);
            points.add(new Point(row.assessmentId(), row.essayQuestionId(), row.selfAssessedAt(), self, row.teacherLevel(),
                    row.estimateLow(), row.estimateHigh(), teacherGap, evidenceGap));
        }
        Row last = rows.get(rows.size() - 1);
        return new CriterionHistory(last.criterionKey(), last.criterionName(), Trend.of(againstTeacher),
                Trend.of(againstEvidence), points);
    }
}
