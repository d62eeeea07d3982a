package org.examsuite.grading.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.examsuite.events.content.EssayQuestion;
import org.examsuite.grading.DemoPack;
import org.junit.jupiter.api.Test;

class SpecificEvidenceTest {

    private static final EssayQuestion MACHINATIONS = DemoPack.question(DemoPack.MACHINATIONS);

    private static SpecificEvidence of(String text) {
        return SpecificEvidence.of(List.of(text), MACHINATIONS);
    }

    @Test
    void datesAreCountedOnceEachWhateverTheirForm() {
        SpecificEvidence evidence = of("In 1924 Lenin died; Kirov was shot on 1 December 1934; the Terror of 1936-38 and "
                + "the purges of the 1930s followed, and Bukharin fell in November 1929.");

        assertThat(evidence.dates()).containsExactlyInAnyOrder("1924", "1 December 1934", "1936-38", "1930s", "November 1929");
        assertThat(evidence.figures()).isEmpty();
    }

    @Test
    void figuresIncludePercentagesLargeNumbersAndScaledAmounts() {
        SpecificEvidence evidence = of("About 93% of households were collectivised, 680,000 were shot, 1.5 million arrested "
                + "and 98 of 139 members died, in 3 waves.");

        assertThat(evidence.figures()).containsExactlyInAnyOrder("93%", "680,000", "1.5 million", "98", "139");
    }

    @Test
    void namesAreRunsOfCapitalisedWordsSeparatedByPunctuation() {
        SpecificEvidence evidence = of("He formed the triumvirate with Zinoviev, Kamenev and the Lenin Enrolment men, "
                + "praised Socialism in One Country and the Congress of Victors.");

        assertThat(evidence.names()).containsExactly("Zinoviev", "Kamenev", "Lenin Enrolment", "Socialism in One Country",
                "Congress of Victors");
    }

    @Test
    void theQuestionsOwnNamesAndWordsThatOnlyOpenASentenceAreNotEvidence() {
        // "Stalin" and "USSR" are in the question: naming them shows nothing. "However" and "Collectivisation"
        // are capitalised only because they open a sentence.
        SpecificEvidence evidence = of("Stalin led the USSR. However, Trotsky was arrogant. Collectivisation came later. "
                + "Trotsky's allies deserted him.");

        assertThat(evidence.names()).containsExactly("Trotsky");
    }

    @Test
    void aNameOpeningASentenceCountsWhenTheQuestionsEvidenceTermsKnowIt() {
        assertThat(of("Bukharin was outmanoeuvred.").names()).containsExactly("Bukharin");
    }

    @Test
    void possessivesAndQuotesDoNotMakeNewNames() {
        assertThat(of("They called him 'Comrade Card-Index'. Lenin's Testament and Lenin himself.").names())
                .containsExactly("Comrade Card-Index", "Lenin's Testament", "Lenin");
    }

    @Test
    void theTotalIsNamesDatesAndFigures() {
        assertThat(of("Zinoviev was expelled in 1927 with 75 others.").total()).isEqualTo(3);
    }
}
