package org.examsuite.events.content;

/**
 * The command word of an essay question: it tells the student what kind of answer is wanted and
 * so what a judgement has to look like.
 */
public enum CommandWord {
    TO_WHAT_EXTENT("To what extent", true),
    HOW_FAR("How far", true),
    ASSESS("Assess", true),
    EVALUATE("Evaluate", true),
    ANALYSE("Analyse", false),
    DISCUSS("Discuss", false),
    EXPLAIN("Explain", false),
    COMPARE("Compare", false),
    EXAMINE("Examine", false);

    private final String phrase;
    private final boolean demandsWeighedJudgement;

    CommandWord(String phrase, boolean demandsWeighedJudgement) {
        this.phrase = phrase;
        this.demandsWeighedJudgement = demandsWeighedJudgement;
    }

    /** The words as they open a question, e.g. "To what extent". */
    public String phrase() {
        return phrase;
    }

    /** Whether a full answer must weigh factors against each other and reach an explicit verdict. */
    public boolean demandsWeighedJudgement() {
        return demandsWeighedJudgement;
    }
}
