package org.examsuite.quiz;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.ClozeGap;
import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.KeyPoint;
import org.examsuite.events.content.MatchPair;
import org.examsuite.events.content.NoteSection;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.RubricLevel;
import org.examsuite.events.content.TopicPublishedV1;

/**
 * A topic snapshot with one question of every recall type (two short answers: words and a year)
 * and one essay question. Explanations and option feedback carry the word SENTINEL so that a test
 * can tell at a glance whether any of them leaked.
 */
public final class TestTopics {

    public static final String SENTINEL = "SENTINEL";

    private TestTopics() {
    }

    public record Topic(TopicPublishedV1 snapshot, NoteSection power, NoteSection economy,
            RecallQuestion.SingleChoice singleChoice, RecallQuestion.MultipleChoice multipleChoice,
            RecallQuestion.TrueFalse trueFalse, RecallQuestion.ShortAnswer shortAnswer, RecallQuestion.ShortAnswer year,
            RecallQuestion.Ordering ordering, RecallQuestion.Matching matching, RecallQuestion.Cloze cloze,
            EssayQuestion essay) {

        public UUID id() {
            return snapshot.topicId();
        }

        public RecallQuestion question(UUID questionId) {
            return snapshot.questions().stream().filter(q -> q.id().equals(questionId)).findFirst().orElseThrow();
        }

        /** The same topic published again as {@code version} with different prompts. */
        public Topic republished(int version, String promptSuffix) {
            TopicPublishedV1 s = snapshot;
            List<RecallQuestion> questions = s.questions().stream().map(q -> q instanceof RecallQuestion.TrueFalse t
                    ? new RecallQuestion.TrueFalse(t.id(), t.prompt() + promptSuffix, t.answer(), t.explanation(), t.sectionId())
                    : q).toList();
            return new Topic(new TopicPublishedV1(s.topicId(), version, s.subject(), s.chapter(), s.code(),
                    s.title() + promptSuffix, s.keyQuestion(), s.levels(), s.boards(), s.sections(), questions,
                    s.essayQuestions(), Instant.now().truncatedTo(ChronoUnit.MICROS)),
                    power, economy, singleChoice, multipleChoice, trueFalse, shortAnswer, year, ordering, matching, cloze, essay);
        }
    }

    public static Topic topic(String title) {
        UUID topicId = UUID.randomUUID();
        NoteSection power = new NoteSection(UUID.randomUUID(), 1, "Stalin's rise to power",
                List.of(new KeyPoint("General Secretary", "Control of appointments.")));
        NoteSection economy = new NoteSection(UUID.randomUUID(), 2, "Collectivisation and the Five-Year Plans",
                List.of(new KeyPoint("Kulaks", "Liquidated as a class.")));
        var singleChoice = new RecallQuestion.SingleChoice(UUID.randomUUID(),
                "Which post gave Stalin control over party appointments?",
                List.of(new ChoiceOption("war", "People's Commissar for War", false, "FEEDBACK " + SENTINEL + " war"),
                        new ChoiceOption("gensec", "General Secretary of the Communist Party", true, null),
                        new ChoiceOption("comintern", "Chairman of the Comintern", false, "FEEDBACK " + SENTINEL + " comintern")),
                "EXPLANATION " + SENTINEL + " single", power.id());
        var multipleChoice = new RecallQuestion.MultipleChoice(UUID.randomUUID(),
                "Which of these were Stalin's rivals, 1924-29?",
                List.of(new ChoiceOption("trotsky", "Leon Trotsky", true, null),
                        new ChoiceOption("molotov", "Vyacheslav Molotov", false, "FEEDBACK " + SENTINEL + " molotov"),
                        new ChoiceOption("zinoviev", "Grigory Zinoviev", true, null),
                        new ChoiceOption("bukharin", "Nikolai Bukharin", true, null),
                        new ChoiceOption("yezhov", "Nikolai Yezhov", false, null)),
                "EXPLANATION " + SENTINEL + " multiple", power.id());
        var trueFalse = new RecallQuestion.TrueFalse(UUID.randomUUID(),
                "Trotsky was expelled from the party in 1927.", true, "EXPLANATION " + SENTINEL + " truefalse", power.id());
        var shortAnswer = new RecallQuestion.ShortAnswer(UUID.randomUUID(),
                "Name Stalin's policy of building socialism without waiting for revolutions abroad.",
                List.of("Socialism in One Country", "Socialism in a single country"), false,
                "EXPLANATION " + SENTINEL + " short", power.id());
        var year = new RecallQuestion.ShortAnswer(UUID.randomUUID(), "In which year did the first Five-Year Plan begin?",
                List.of("1928"), false, "EXPLANATION " + SENTINEL + " year", economy.id());
        var ordering = new RecallQuestion.Ordering(UUID.randomUUID(), "Put these in order, earliest first.",
                List.of(new OrderingItem("lenin-dies", "Lenin dies."),
                        new OrderingItem("expelled", "Trotsky is expelled from the party."),
                        new OrderingItem("plan", "The first Five-Year Plan begins."),
                        new OrderingItem("kirov", "Kirov is assassinated.")),
                "EXPLANATION " + SENTINEL + " ordering", economy.id());
        var matching = new RecallQuestion.Matching(UUID.randomUUID(), "Match each leader to his position.",
                List.of(new MatchPair("t", "Trotsky", "Commissar for War"),
                        new MatchPair("z", "Zinoviev", "Chairman of the Comintern"),
                        new MatchPair("b", "Bukharin", "Theorist of the Right")),
                "EXPLANATION " + SENTINEL + " matching", power.id());
        var cloze = new RecallQuestion.Cloze(UUID.randomUUID(), "Fill in the gaps.",
                "Stalin ran the party through its {{1}}; the policy of {{2}} forced peasants into kolkhozes.",
                List.of(new ClozeGap(1, List.of("Secretariat", "Orgburo")), new ClozeGap(2, List.of("Collectivisation"))),
                "EXPLANATION " + SENTINEL + " cloze", economy.id());
        var essay = new EssayQuestion(UUID.randomUUID(), "To what extent was Stalin's rise due to his post as General Secretary?",
                CommandWord.TO_WHAT_EXTENT, 20, 45, "Weigh the post against his rivals' mistakes.",
                new Rubric(UUID.randomUUID(), 1, "History essay", List.of(
                        new RubricCriterion("ao1", "Knowledge", "Accurate knowledge", 10, List.of(
                                new RubricLevel(1, "Limited", 1, 5), new RubricLevel(2, "Secure", 6, 10))),
                        new RubricCriterion("ao2", "Analysis", "Analysis and judgement", 10, List.of(
                                new RubricLevel(1, "Limited", 1, 5), new RubricLevel(2, "Secure", 6, 10))))),
                List.of(new IndicativeFactor("post", "The post", "Appointments", List.of("Secretariat", "nomenklatura"), 1)));
        TopicPublishedV1 snapshot = new TopicPublishedV1(topicId, 1, "History",
                "Case Studies in Twentieth Century Totalitarianism", "14.2", title, "Why did Stalin gain power?",
                List.of(QualificationLevel.AS_LEVEL, QualificationLevel.A_LEVEL), List.of("AQA", "OCR"),
                List.of(power, economy),
                List.of(singleChoice, multipleChoice, trueFalse, shortAnswer, year, ordering, matching, cloze),
                List.of(essay), Instant.now().truncatedTo(ChronoUnit.MICROS));
        return new Topic(snapshot, power, economy, singleChoice, multipleChoice, trueFalse, shortAnswer, year, ordering,
                matching, cloze, essay);
    }
}
