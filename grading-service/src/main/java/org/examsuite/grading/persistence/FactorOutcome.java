package org.examsuite.grading.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether one indicative factor was covered by the plan. */
@Embeddable
public class FactorOutcome {

    @Column(name = "factor_key")
    public String factorKey;

    public String title;

    public boolean covered;

    public FactorOutcome() {
    }

    public FactorOutcome(String factorKey, String title, boolean covered) {
        this.factorKey = factorKey;
        this.title = title;
        this.covered = covered;
    }
}
