package org.examsuite.grading.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.examsuite.events.content.EssayQuestion;
import org.examsuite.grading.DemoPack;
import org.junit.jupiter.api.Test;

class BalanceTest {

    private static final EssayQuestion MACHINATIONS = DemoPack.question(DemoPack.MACHINATIONS);

    @Test
    void anEmptyCounterArgumentIsAbsent() {
        assertThat(Balance.of(MACHINATIONS, Plans.counter("", "")).strength()).isEqualTo(Balance.Strength.ABSENT);
        assertThat(Balance.of(MACHINATIONS, Plans.counter("Luck.", "")).strength()).isEqualTo(Balance.Strength.ABSENT);
    }

    @Test
    void oneSentenceNamesTheOtherSideWithoutArguingIt() {
        Balance balance = Balance.of(MACHINATIONS, Plans.counter("Some historians say Trotsky's mistakes were to blame.", ""));

        assertThat(balance.strength()).isEqualTo(Balance.Strength.BRIEF);
        assertThat(balance.sentences()).isEqualTo(1);
    }

    @Test
    void severalSentencesWithoutEvidenceStayBrief() {
        // Length alone does not engage with the other side: it needs evidence a teacher could check.
        Balance balance = Balance.of(MACHINATIONS, Plans.counter("Some people think that he was simply lucky in the end. "
                + "Other people think that it was mostly down to chance and to the way things happened to go.", ""));

        assertThat(balance.sentences()).isEqualTo(2);
        assertThat(balance.usesEvidence()).isFalse();
        assertThat(balance.strength()).isEqualTo(Balance.Strength.BRIEF);
    }

    @Test
    void aCounterArgumentWithEvidenceOverMoreThanOneSentenceIsDevelopedAndCanBeAnswered() {
        String counter = "Trotsky's own errors helped Stalin more than anything he did. He missed Lenin's funeral in 1924 "
                + "and never used the Testament against Stalin.";
        Balance unanswered = Balance.of(MACHINATIONS, Plans.counter(counter, "Stalin became leader."));
        Balance answered = Balance.of(MACHINATIONS, Plans.counter(counter,
                "However, those errors only mattered because Stalin controlled the party machine."));

        assertThat(unanswered.strength()).isEqualTo(Balance.Strength.DEVELOPED);
        assertThat(unanswered.answered()).isFalse();
        assertThat(answered.answered()).isTrue();
    }
}
