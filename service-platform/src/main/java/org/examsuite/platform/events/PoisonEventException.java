package org.examsuite.platform.events;

/**
 * An event that can never be processed as it stands (malformed, of an unknown type or version, or
 * breaking its contract). It is not retried: the consumer's failure strategy sends it to the
 * dead-letter topic, with this message as the reason, and carries on.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
