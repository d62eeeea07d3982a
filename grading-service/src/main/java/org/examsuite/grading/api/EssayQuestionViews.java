package org.examsuite.grading.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.Rubric;
import org.examsuite.grading.domain.EssayCatalog;
import org.examsuite.grading.persistence.EssayQuestionRecord;
import org.examsuite.grading.persistence.EssayQuestionVersion;

/** Essay questions as clients read them. */
public final class EssayQuestionViews {

    private EssayQuestionViews() {
    }

    /** {@code openForPlans}: whether a plan can be submitted for it directly (its topic still publishes it). */
    public record Summary(UUID id, UUID topicId, String topicTitle, int version, String prompt, CommandWord commandWord,
            int marks, int suggestedMinutes, boolean openForPlans) {

        static Summary of(EssayQuestionRecord record, EssayQuestionVersion version) {
            EssayQuestion q = version.question;
            return new Summary(q.id(), version.topicId, version.topicTitle, version.key.version, q.prompt(), q.commandWord(),
                    q.marks(), q.suggestedMinutes(), EssayCatalog.openForPlans(record));
        }
    }

    /**
     * One version of a question with everything a student plans and grades against.
     *
     * @param currentVersion the newest version; {@code version} is the one shown
     * @param demandsWeighedJudgement whether the command word asks for an explicit weighed conclusion
     */
    public record Detail(UUID id, UUID topicId, String topicTitle, int version, int currentVersion, boolean openForPlans,
            String prompt, CommandWord commandWord, String commandPhrase, boolean demandsWeighedJudgement, int marks,
            int suggestedMinutes, String guidance, Rubric rubric, List<IndicativeFactor> indicativeContent,
            Instant publishedAt) {

        static Detail of(EssayQuestionRecord record, EssayQuestionVersion version) {
            EssayQuestion q = version.question;
            CommandWord word = q.commandWord();
            return new Detail(q.id(), version.topicId, version.topicTitle, version.key.version, record.currentVersion,
                    EssayCatalog.openForPlans(record), q.prompt(), word, word == null ? null : word.phrase(),
                    word != null && word.demandsWeighedJudgement(), q.marks(), q.suggestedMinutes(), q.guidance(), q.rubric(),
                    q.indicativeContent() == null ? List.of() : q.indicativeContent(), version.publishedAt);
        }
    }
}
