package org.examsuite.grading.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.PlanPoint;
import org.junit.jupiter.api.Test;

class FactorCoverageTest {

    private static final IndicativeFactor APPARATUS = new IndicativeFactor("apparatus", "Control of the party apparatus", "",
            List.of("General Secretary", "1922", "appointments", "ban on factions"), 2);

    @Test
    void stemmingLetsInflectedWordsMatchTheirTerms() {
        // A student writes "secretaries" and "appointed"; the indicative content says "Secretary" and "appointments".
        FactorCoverage coverage = FactorCoverage.of(List.of(APPARATUS),
                Plans.thesisOnly("As one of the general secretaries he appointed his own men."));

        assertThat(coverage.covered()).singleElement().satisfies(factor -> {
            assertThat(factor.key()).isEqualTo("apparatus");
            assertThat(factor.matchedTerms()).containsExactly("General Secretary", "appointments");
        });
        assertThat(coverage.missed()).isEmpty();
    }

    @Test
    void aMultiWordTermMatchesOnlyAsAPhrase() {
        // "ban on factions" is one idea; the same words scattered through a sentence are not evidence of it.
        EssayPlan scattered = Plans.thesisOnly("The factions tried to ban him, and in 1922 nothing happened.");
        EssayPlan phrase = Plans.thesisOnly("The ban on factions of 1921 was used against the Left in 1922.");

        assertThat(FactorCoverage.of(List.of(APPARATUS), scattered).missed().get(0).matchedTerms()).containsExactly("1922");
        assertThat(FactorCoverage.of(List.of(APPARATUS), phrase).covered().get(0).matchedTerms())
                .containsExactly("1922", "ban on factions");
    }

    @Test
    void stopWordsInsideAPhraseDoNotMatter() {
        // The English analyser drops "on" and "of" alike, so a student's slightly different wording still counts.
        FactorCoverage coverage = FactorCoverage.of(List.of(APPARATUS),
                Plans.thesisOnly("The ban of factions and Stalin's appointments decided it."));

        assertThat(coverage.coveredCount()).isEqualTo(1);
    }

    @Test
    void aFactorNeedsItsMinimumNumberOfTermsAndAMissListsWhatWasClose() {
        // One date on its own is not enough to show the student knows about the party apparatus.
        FactorCoverage coverage = FactorCoverage.of(List.of(APPARATUS), Plans.thesisOnly("Stalin was strong by 1922."));

        assertThat(coverage.covered()).isEmpty();
        assertThat(coverage.missed()).singleElement().satisfies(missed -> {
            assertThat(missed.matchedTerms()).containsExactly("1922");
            assertThat(missed.termsNeeded()).isEqualTo(2);
        });
    }

    @Test
    void aPhraseNeverSpansTwoPartsOfThePlan() {
        // The last word of the thesis and the first of a point are not a phrase the student wrote.
        EssayPlan plan = new EssayPlan("He was elected general", List.of(new PlanPoint("Secretary of nothing in 1922", "", "")), "", "");

        assertThat(FactorCoverage.of(List.of(APPARATUS), plan).missed().get(0).matchedTerms()).containsExactly("1922");
    }

    @Test
    void aYearMatchesInsideADateRange() {
        // "1936-38" is written by students for the Terror; a factor that names 1936 should see it.
        IndicativeFactor trials = new IndicativeFactor("trials", "Show trials", "", List.of("show trials", "1936"), 2);

        assertThat(FactorCoverage.of(List.of(trials), Plans.thesisOnly("The show trials of 1936-38 removed them."))
                .coveredCount()).isEqualTo(1);
    }

    @Test
    void anAmericanSpelledTermMatchesABritishSpelledPlanAndTheOtherWayRound() {
        // Indicative content written with -ize, a student writing -ise (and inflecting it), and the reverse.
        IndicativeFactor american = new IndicativeFactor("collectivization", "Forced collectivization", "",
                List.of("collectivization", "industrialization", "mechanization"), 3);
        IndicativeFactor british = new IndicativeFactor("dekulakisation", "Dekulakisation", "",
                List.of("dekulakisation", "urbanisation"), 2);

        FactorCoverage britishPlan = FactorCoverage.of(List.of(american),
                Plans.thesisOnly("Farms were collectivised and mechanised to pay for industrialisation."));
        FactorCoverage americanPlan = FactorCoverage.of(List.of(british),
                Plans.thesisOnly("Dekulakization drove peasants into the towns, speeding urbanization."));

        assertThat(britishPlan.covered()).singleElement().satisfies(factor -> assertThat(factor.matchedTerms())
                .containsExactly("collectivization", "industrialization", "mechanization"));
        assertThat(americanPlan.covered()).singleElement().satisfies(factor -> assertThat(factor.matchedTerms())
                .containsExactly("dekulakisation", "urbanisation"));
    }

    @Test
    void aMinimumAboveTheNumberOfTermsIsCappedAtTheTerms() {
        IndicativeFactor single = new IndicativeFactor("kirov", "Kirov", "", List.of("Kirov"), 3);

        assertThat(FactorCoverage.of(List.of(single), Plans.thesisOnly("Kirov was shot.")).coveredCount()).isEqualTo(1);
    }
}
