package org.examsuite.content.banks;

/** A question bank file that is not well formed: where (a line or an element path) and what. */
public class BankFormatException extends RuntimeException {

    private final String where;

    public BankFormatException(String where, String message) {
        super(message);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
