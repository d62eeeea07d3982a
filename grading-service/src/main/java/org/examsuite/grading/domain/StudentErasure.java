package org.examsuite.grading.domain;

import java.util.List;

import org.examsuite.events.EventType;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.grading.persistence.Assessment;
import org.examsuite.platform.events.OutboxEvent;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * A data-protection erasure reaching grading-service: deletes every assessment of the student,
 * with its plan, evidence checks, self-assessment and moderation (the criterion and factor rows go
 * with it), which is also all the calibration history and every report figure of the student, and
 * the relayed outbox rows of the student's grades.
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
        // Relayed outbox rows of the student's grades carry the student's data; unrelayed ones belong to the relay.
        List<String> keys = assessments.stream().map(a -> a.id.toString()).toList();
        for (int from = 0; from < keys.size(); from += 500) {
            OutboxEvent.delete("publishedAt is not null and messageKey in ?1 and eventType in ?2",
                    keys.subList(from, Math.min(keys.size(), from + 500)),
                    List.of(EventType.ASSESSMENT_GRADED_V1.ceType(), EventType.ASSESSMENT_MODERATED_V1.ceType()));
        }
        LOG.infof("Erased %d assessments of a student on request of %s", assessments.size(), erasure.requestedBy());
        return assessments.size();
    }
}
