package org.examsuite.quiz.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.ClozeGap;
import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.MatchPair;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.grading.CriterionGrade;
import org.examsuite.events.grading.Grader;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.quiz.domain.Answer;
import org.examsuite.quiz.domain.Disclosure;
import org.examsuite.quiz.domain.ItemKind;
import org.examsuite.quiz.domain.ItemLayout;
import org.examsuite.quiz.domain.ItemState;
import org.examsuite.quiz.domain.Marking;
import org.examsuite.quiz.domain.SessionScores;
import org.examsuite.quiz.domain.TextMatch;
import org.examsuite.quiz.persistence.QuizSession;
import org.examsuite.quiz.persistence.SessionItem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An item as its student sees it. The question is laid out for the session (options, ordering items
 * and matching sides in the session's order; matching rights under labels). {@code score} and
 * {@code feedback} (the key, the explanation, the note section) appear only once {@link Disclosure}
 * allows; before that nothing in the item gives the answer away.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemView(UUID id, int position, ItemKind type, UUID questionId, UUID topicId, String prompt,
        List<Choice> options, List<Choice> items, List<Choice> lefts, List<Choice> rights, String text,
        List<Integer> gaps, EssayTask essay, ItemState state, Answer answer, int attempts, Instant answeredAt,
        Double score, double maxScore, Feedback feedback, EssayProgress essayProgress) {

    public record Choice(String id, String text) {
    }

    public record EssayTask(CommandWord commandWord, int marks, int suggestedMinutes, String guidance) {
    }

    /** The section of the notes an item tests, to reread when it went wrong. */
    public record SectionRef(UUID id, String title) {
    }

    /**
     * The marking of the latest answer ({@code correct}, {@code attemptScore}, {@code parts},
     * {@code match}; absent when the item was never answered) and the key.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feedback(Boolean correct, Double attemptScore, Map<String, Boolean> parts, TextMatch match,
            Answer correctAnswer, List<String> acceptedAnswers, Map<String, String> optionFeedback, String explanation,
            SectionRef section) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EssayProgress(UUID planId, EssayPlan plan, Instant submittedAt, Grade grade) {
    }

    public record Grade(double mark, double maxMarks, Grader gradedBy, Instant gradedAt, List<CriterionGrade> criteria) {
    }

    public static ItemView of(SessionItem item) {
        QuizSession session = item.session;
        boolean revealed = Disclosure.keyVisible(session.mode, session.status, item.state);
        Presentation shown = item.question != null ? present(item.question, item.layout()) : Presentation.NONE;
        String prompt = item.question != null ? item.question.prompt() : item.essay.prompt();
        EssayTask essay = item.essay == null ? null : new EssayTask(item.essay.commandWord(), item.essay.marks(),
                item.essay.suggestedMinutes(), item.essay.guidance());
        boolean scoreShown = item.kind == ItemKind.ESSAY ? item.state == ItemState.GRADED || revealed : revealed;
        Double score = scoreShown && item.score != null ? SessionScores.rounded(item.score) : null;
        return new ItemView(item.id, item.position, item.kind, item.questionId, item.topicId, prompt, shown.options(),
                shown.items(), shown.lefts(), shown.rights(), shown.text(), shown.gaps(), essay, item.state,
                item.answer, item.attempts, item.answeredAt, score, item.maxScore,
                revealed && item.question != null ? feedback(item) : null, essayProgress(item));
    }

    private record Presentation(List<Choice> options, List<Choice> items, List<Choice> lefts, List<Choice> rights,
            String text, List<Integer> gaps) {
        static final Presentation NONE = new Presentation(null, null, null, null, null, null);
    }

    private static Presentation present(RecallQuestion question, ItemLayout layout) {
        if (question instanceof RecallQuestion.SingleChoice q) {
            return new Presentation(options(q.options(), layout), null, null, null, null, null);
        }
        if (question instanceof RecallQuestion.MultipleChoice q) {
            return new Presentation(options(q.options(), layout), null, null, null, null, null);
        }
        if (question instanceof RecallQuestion.Ordering q) {
            Map<String, OrderingItem> byId = index(q.itemsInOrder(), OrderingItem::id);
            return new Presentation(null, layout.itemOrder().stream().map(id -> new Choice(id, byId.get(id).text())).toList(),
                    null, null, null, null);
        }
        if (question instanceof RecallQuestion.Matching q) {
            Map<String, MatchPair> byId = index(q.pairs(), MatchPair::id);
            return new Presentation(null, null,
                    layout.leftOrder().stream().map(id -> new Choice(id, byId.get(id).left())).toList(),
                    layout.rightOrder().stream().map(id -> new Choice(layout.rightLabel(id), byId.get(id).right())).toList(),
                    null, null);
        }
        if (question instanceof RecallQuestion.Cloze q) {
            return new Presentation(null, null, null, null, q.text(), q.gaps().stream().map(ClozeGap::number).toList());
        }
        return Presentation.NONE;
    }

    private static List<Choice> options(List<ChoiceOption> options, ItemLayout layout) {
        Map<String, ChoiceOption> byId = index(options, ChoiceOption::id);
        return layout.optionOrder().stream().map(id -> new Choice(id, byId.get(id).text())).toList();
    }

    private static Feedback feedback(SessionItem item) {
        RecallQuestion question = item.question;
        List<String> accepted = question instanceof RecallQuestion.ShortAnswer s ? s.acceptedAnswers() : null;
        Map<String, String> optionFeedback = null;
        List<ChoiceOption> options = question instanceof RecallQuestion.SingleChoice s ? s.options()
                : question instanceof RecallQuestion.MultipleChoice m ? m.options() : null;
        if (options != null) {
            optionFeedback = new LinkedHashMap<>();
            for (ChoiceOption option : options) {
                if (option.feedback() != null) {
                    optionFeedback.put(option.id(), option.feedback());
                }
            }
        }
        SectionRef section = item.sectionId == null ? null : new SectionRef(item.sectionId, item.sectionTitle);
        var mark = item.mark;
        return new Feedback(mark == null ? null : mark.fullMarks(), mark == null ? null : SessionScores.rounded(mark.score()),
                mark == null ? null : mark.parts(), mark == null ? null : mark.match(),
                Marking.key(question, item.layout()), accepted, optionFeedback, question.explanation(), section);
    }

    private static EssayProgress essayProgress(SessionItem item) {
        if (item.kind != ItemKind.ESSAY || item.planId == null) {
            return null;
        }
        Grade grade = item.state == ItemState.GRADED
                ? new Grade(item.score, item.maxScore, item.gradedBy, item.gradedAt, item.gradeCriteria)
                : null;
        return new EssayProgress(item.planId, item.plan, item.planSubmittedAt, grade);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
