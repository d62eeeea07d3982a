package org.examsuite.grading.domain;

/**
 * A plan names a question version that content.topics has not delivered yet. Not poison: the
 * consumer retries with back-off until the topic catches up, and the plan waits in Kafka meanwhile.
 */
public class QuestionNotYetKnownException extends RuntimeException {

    public QuestionNotYetKnownException(String message) {
        super(message);
    }
}
