package org.examsuite.quiz.domain;

import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Closes sessions whose deadline has passed even when nobody reads them, so that an exam left open
 * ends on time and its SessionCompleted goes out. Reads close overdue sessions too; the sweep is for
 * the ones nobody looks at. Each session is closed in its own transaction under a row lock, so two
 * replicas sweeping at once close it once.
 */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);
    private static final int BATCH = 100;

    @Inject
    Sessions sessions;

    @Scheduled(every = "${quiz.deadline-sweep.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeOverdueSessions() {
        List<UUID> overdue = sessions.overdue(BATCH);
        for (UUID sessionId : overdue) {
            try {
                sessions.closeIfOverdue(sessionId);
            } catch (RuntimeException e) {
                LOG.warnf("Could not close overdue session %s; the next sweep retries: %s", sessionId, e.getMessage());
            }
        }
    }
}
