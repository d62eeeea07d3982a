package org.examsuite.grading.domain;

import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.grading.persistence.Assessment;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * A data-protection erasure reaching grading-service: deletes every assessment of the student,
 * with its plan, evidence checks, self-assessment and moderation (the criterion and factor rows go
 * with it), which is also all the calibration history and every report figure of the student.
 * Deleting what is already gone changes nothing, so a repeated erasure is harmless.
 */
@ApplicationScoped
public class StudentErasure {

    private static final Logger LOG = Logger.getLogger(StudentErasure.class);

    @Transactional
    public int apply(StudentErasureRequestedV1 erasure) {
        var assessments = Assessment.<Assessment>find("studentId", erasure.studentId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        assessments.forEach(Assessment::delete);
        LOG.infof("Erased %d assessments of a student on request of %s", assessments.size(), erasure.requestedBy());
        return assessments.size();
    }
}
