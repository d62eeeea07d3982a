package org.examsuite.grading.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion of an assessment: the evidence estimate, then the student's level, then the teacher's. */
@Embeddable
public class CriterionGrading {

    @Column(name = "criterion_key")
    public String criterionKey;

    @Column(name = "criterion_name")
    public String criterionName;

    @Column(name = "estimate_low")
    public int estimateLow;

    @Column(name = "estimate_high")
    public int estimateHigh;

    @Column(name = "self_level")
    public Integer selfLevel;

    @Column(name = "self_mark")
    public Integer selfMark;

    @Column(name = "self_justification")
    public String selfJustification;

    @Column(name = "teacher_level")
    public Integer teacherLevel;

    @Column(name = "teacher_mark")
    public Integer teacherMark;

    @Column(name = "teacher_comment")
    public String teacherComment;
}
