package org.examsuite.events.privacy;

import java.time.Instant;

/**
 * An admin asked for everything the suite holds about a student to be deleted (data-protection
 * erasure). The service that took the request has deleted its own data in the same transaction
 * as this event; every other service holding data keyed by the student deletes it on receipt.
 * Keyed by the student id; applying it again changes nothing.
 */
public record StudentErasureRequestedV1(String studentId, String requestedBy, Instant requestedAt) {
}
