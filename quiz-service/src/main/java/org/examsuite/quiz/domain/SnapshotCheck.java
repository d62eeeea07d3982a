package org.examsuite.quiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.NoteSection;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.TopicPublishedV1;

/**
 * What quiz-service needs of a published snapshot to run sessions over it: every question must
 * carry a key its marking rule can use. A snapshot that falls short is refused whole (it goes to the
 * dead-letter topic) rather than stored with questions that could never be marked.
 */
public final class SnapshotCheck {

    private SnapshotCheck() {
    }

    public static List<String> problems(TopicPublishedV1 snapshot) {
        List<String> problems = new ArrayList<>();
        if (snapshot.topicId() == null || snapshot.version() < 1) {
            problems.add("a topic id and a version of at least 1 are required");
        }
        if (snapshot.title() == null || snapshot.sections() == null || snapshot.questions() == null
                || snapshot.essayQuestions() == null) {
            problems.add("title, sections, questions and essayQuestions are required");
            return problems;
        }
        if (snapshot.sections().stream().anyMatch(s -> s == null || s.id() == null)) {
            problems.add("every section needs an id");
        }
        for (RecallQuestion question : snapshot.questions()) {
            if (question == null || question.id() == null || question.prompt() == null) {
                problems.add("every question needs an id and a prompt");
            } else if (!markable(question)) {
                problems.add("question " + question.id() + " (" + question.type() + ") has no usable answer key");
            }
        }
        for (EssayQuestion essay : snapshot.essayQuestions()) {
            if (essay == null || essay.id() == null || essay.prompt() == null || essay.marks() < 1) {
                problems.add("every essay question needs an id, a prompt and marks");
            }
        }
        return problems;
    }

    /** The title of a section, kept with each item so that results can name what to reread. */
    public static String sectionTitle(TopicPublishedV1 snapshot, UUID sectionId) {
        if (sectionId == null) {
            return null;
        }
        return snapshot.sections().stream().filter(s -> sectionId.equals(s.id())).map(NoteSection::title)
                .findFirst().orElse(null);
    }

    private static boolean markable(RecallQuestion question) {
        if (question instanceof RecallQuestion.SingleChoice q) {
            return validOptions(q.options()) && q.options().stream().filter(ChoiceOption::correct).count() == 1;
        }
        if (question instanceof RecallQuestion.MultipleChoice q) {
            return validOptions(q.options()) && q.options().stream().anyMatch(ChoiceOption::correct);
        }
        if (question instanceof RecallQuestion.ShortAnswer q) {
            return nonEmpty(q.acceptedAnswers());
        }
        if (question instanceof RecallQuestion.Ordering q) {
            return nonEmpty(q.itemsInOrder()) && q.itemsInOrder().stream().allMatch(i -> i != null && i.id() != null)
                    && q.itemsInOrder().stream().map(i -> i.id()).distinct().count() == q.itemsInOrder().size();
        }
        if (question instanceof RecallQuestion.Matching q) {
            return nonEmpty(q.pairs()) && q.pairs().stream().allMatch(p -> p != null && p.id() != null)
                    && q.pairs().stream().map(p -> p.id()).distinct().count() == q.pairs().size();
        }
        if (question instanceof RecallQuestion.Cloze q) {
            return q.text() != null && nonEmpty(q.gaps())
                    && q.gaps().stream().allMatch(g -> g != null && nonEmpty(g.acceptedAnswers()));
        }
        return true;
    }

    private static boolean validOptions(List<ChoiceOption> options) {
        return nonEmpty(options) && options.stream().allMatch(o -> o != null && o.id() != null)
                && options.stream().map(ChoiceOption::id).distinct().count() == options.size();
    }

    private static boolean nonEmpty(List<?> list) {
        return list != null && !list.isEmpty() && list.stream().allMatch(Objects::nonNull);
    }
}
