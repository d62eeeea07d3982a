package org.examsuite.content.banks;

/** A question bank file with more questions than one import takes. */
public class TooManyQuestionsException extends RuntimeException {

    private final int limit;

    public TooManyQuestionsException(int limit) {
        super("The file holds more than " + limit + " questions; split it into several files");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
