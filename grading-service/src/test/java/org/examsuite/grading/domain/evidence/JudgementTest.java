package org.examsuite.grading.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.examsuite.events.content.CommandWord;
import org.junit.jupiter.api.Test;

class JudgementTest {

    @Test
    void comparativeLanguageInTheConclusionIsAWeighedJudgement() {
        Judgement judgement = Judgement.of(CommandWord.TO_WHAT_EXTENT, Plans.verdict("",
                "His control of the apparatus was more significant than his rivals' mistakes."));

        assertThat(judgement.strength()).isEqualTo(Judgement.Strength.WEIGHED);
        assertThat(judgement.weighingPhrases()).containsExactly("more significant than");
        assertThat(judgement.answersCommandWord()).isTrue();
    }

    @Test
    void theUsualWeighingPhrasesAreRecognised() {
        assertThat(Judgement.of(CommandWord.ASSESS, Plans.verdict("Manoeuvring was the most important factor.", ""))
                .weighingPhrases()).contains("the most important");
        assertThat(Judgement.of(CommandWord.HOW_FAR, Plans.verdict("To a large extent it was his own work.", ""))
                .weighingPhrases()).contains("to a large extent");
        assertThat(Judgement.of(CommandWord.EVALUATE, Plans.verdict("", "His paranoia outweighed any real threat."))
                .weighingPhrases()).contains("outweighed");
        assertThat(Judgement.of(CommandWord.ASSESS,
                Plans.verdict("", "Propaganda helped; however, it was ultimately manoeuvring that won him power."))
                .weighingPhrases()).contains("however … ultimately");
    }

    @Test
    void restatingTheQuestionIsNotWeighing() {
        // "To what extent" copied from the question is the question, not an answer to it.
        Judgement judgement = Judgement.of(CommandWord.TO_WHAT_EXTENT, Plans.verdict(
                "To what extent was Stalin's emergence due to his own machinations?",
                "There were many reasons why Stalin became leader."));

        assertThat(judgement.strength()).isEqualTo(Judgement.Strength.ASSERTED);
        assertThat(judgement.weighingPhrases()).isEmpty();
        assertThat(judgement.answersCommandWord()).isFalse();
    }

    @Test
    void noThesisAndNoConclusionIsNoJudgement() {
        assertThat(Judgement.of(CommandWord.ASSESS, Plans.verdict("", "Stalin won.")).strength())
                .isEqualTo(Judgement.Strength.ABSENT);
    }

    @Test
    void commandWordsThatDoNotDemandWeighingAreAnsweredByAStatedView() {
        // "Analyse" and "Discuss" ask for an overall view; an explicit ranking is a strength, not a requirement.
        Judgement judgement = Judgement.of(CommandWord.ANALYSE,
                Plans.verdict("", "Collectivisation was driven by the need for grain and it changed the countryside."));

        assertThat(judgement.demandsWeighedJudgement()).isFalse();
        assertThat(judgement.strength()).isEqualTo(Judgement.Strength.ASSERTED);
        assertThat(judgement.answersCommandWord()).isTrue();
    }

    @Test
    void weighingInTwoPlacesIsSustained() {
        Judgement once = Judgement.of(CommandWord.ASSESS, Plans.verdict("Manoeuvring was the main factor in his rise.",
                "So Stalin rose to power by these means."));
        Judgement twice = Judgement.of(CommandWord.ASSESS, Plans.verdict("Manoeuvring was the main factor in his rise.",
                "On balance, violence mattered less because it came after his victory."));

        assertThat(once.sustained()).isFalse();
        assertThat(twice.sustained()).isTrue();
    }
}
