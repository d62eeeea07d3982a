package org.examsuite.content.domain;

import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.ClozeGap;
import org.examsuite.events.content.MatchPair;
import org.examsuite.events.content.OrderingItem;
import org.examsuite.events.content.RecallQuestion;

/** Between a question as written ({@link QuestionDraft}) and as published ({@link RecallQuestion}). */
public final class QuestionMapping {

    private QuestionMapping() {
    }

    /** A validated draft as the published contract; {@code sectionId} is the resolved note section. */
    public static RecallQuestion toContract(UUID id, QuestionDraft d, UUID sectionId) {
        return switch (d.type()) {
            case SINGLE_CHOICE -> new RecallQuestion.SingleChoice(id, d.prompt(), options(d), d.explanation(), sectionId);
            case MULTIPLE_CHOICE -> new RecallQuestion.MultipleChoice(id, d.prompt(), options(d), d.explanation(), sectionId);
            case TRUE_FALSE -> new RecallQuestion.TrueFalse(id, d.prompt(), d.answer(), d.explanation(), sectionId);
            case SHORT_ANSWER -> new RecallQuestion.ShortAnswer(id, d.prompt(), List.copyOf(d.acceptedAnswers()),
                    Boolean.TRUE.equals(d.caseSensitive()), d.explanation(), sectionId);
            case ORDERING -> new RecallQuestion.Ordering(id, d.prompt(),
                    d.itemsInOrder().stream().map(i -> new OrderingItem(i.key(), i.text())).toList(), d.explanation(), sectionId);
            case MATCHING -> new RecallQuestion.Matching(id, d.prompt(),
                    d.pairs().stream().map(p -> new MatchPair(p.key(), p.left(), p.right())).toList(), d.explanation(), sectionId);
            case CLOZE -> new RecallQuestion.Cloze(id, d.prompt(), d.text(),
                    d.gaps().stream().sorted(java.util.Comparator.comparingInt(QuestionDraft.Gap::number))
                            .map(g -> new ClozeGap(g.number(), List.copyOf(g.acceptedAnswers()))).toList(),
                    d.explanation(), sectionId);
        };
    }

    /** A stored question back as a draft, the way a teacher wrote it (and a pack exports it). */
    public static QuestionDraft toDraft(String key, RecallQuestion q, String sectionKey, UUID sectionId) {
        List<QuestionDraft.Option> options = null;
        Boolean answer = null;
        List<String> accepted = null;
        Boolean caseSensitive = null;
        List<QuestionDraft.Item> items = null;
        List<QuestionDraft.Pair> pairs = null;
        String text = null;
        List<QuestionDraft.Gap> gaps = null;
        if (q instanceof RecallQuestion.SingleChoice s) {
            options = drafts(s.options());
        } else if (q instanceof RecallQuestion.MultipleChoice m) {
            options = drafts(m.options());
        } else if (q instanceof RecallQuestion.TrueFalse t) {
            answer = t.answer();
        } else if (q instanceof RecallQuestion.ShortAnswer s) {
            accepted = s.acceptedAnswers();
            caseSensitive = s.caseSensitive();
        } else if (q instanceof RecallQuestion.Ordering o) {
            items = o.itemsInOrder().stream().map(i -> new QuestionDraft.Item(i.id(), i.text())).toList();
        } else if (q instanceof RecallQuestion.Matching m) {
            pairs = m.pairs().stream().map(p -> new QuestionDraft.Pair(p.id(), p.left(), p.right())).toList();
        } else if (q instanceof RecallQuestion.Cloze c) {
            text = c.text();
            gaps = c.gaps().stream().map(g -> new QuestionDraft.Gap(g.number(), g.acceptedAnswers())).toList();
        }
        return new QuestionDraft(key, q.type(), q.prompt(), q.explanation(), sectionKey, sectionId, options, answer,
                accepted, caseSensitive, items, pairs, text, gaps);
    }

    private static List<ChoiceOption> options(QuestionDraft d) {
        return d.options().stream().map(o -> new ChoiceOption(o.key(), o.text(), o.correct(), o.feedback())).toList();
    }

    private static List<QuestionDraft.Option> drafts(List<ChoiceOption> options) {
        return options.stream().map(o -> new QuestionDraft.Option(o.id(), o.text(), o.correct(), o.feedback())).toList();
    }
}
