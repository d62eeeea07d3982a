package org.examsuite.events.content;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A recall question with its answer key, as published. The {@code type} property names the
 * question type; each type carries the key its marking rule needs. {@code sectionId} points at the
 * note section the question tests (may be null).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(RecallQuestion.SingleChoice.class),
        @JsonSubTypes.Type(RecallQuestion.MultipleChoice.class),
        @JsonSubTypes.Type(RecallQuestion.TrueFalse.class),
        @JsonSubTypes.Type(RecallQuestion.ShortAnswer.class),
        @JsonSubTypes.Type(RecallQuestion.Ordering.class),
        @JsonSubTypes.Type(RecallQuestion.Matching.class),
        @JsonSubTypes.Type(RecallQuestion.Cloze.class)
})
public sealed interface RecallQuestion {

    UUID id();

    String prompt();

    String explanation();

    UUID sectionId();

    /** Derived from the record type; on the wire the {@code type} property carries it. */
    @JsonIgnore
    QuestionType type();

    /** Exactly one option is correct. */
    @JsonTypeName("SINGLE_CHOICE")
    record SingleChoice(UUID id, String prompt, List<ChoiceOption> options, String explanation, UUID sectionId)
            implements RecallQuestion {
        @Override
        public QuestionType type() {
            return QuestionType.SINGLE_CHOICE;
        }
    }

    /** One or more options are correct; partial credit is the quiz-service's rule. */
    @JsonTypeName("MULTIPLE_CHOICE")
    record MultipleChoice(UUID id, String prompt, List<ChoiceOption> options, String explanation, UUID sectionId)
            implements RecallQuestion {
        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE_CHOICE;
        }
    }

    @JsonTypeName("TRUE_FALSE")
    record TrueFalse(UUID id, String prompt, boolean answer, String explanation, UUID sectionId)
            implements RecallQuestion {
        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    /** Any of {@code acceptedAnswers} is right; the first is the model answer shown after marking. */
    @JsonTypeName("SHORT_ANSWER")
    record ShortAnswer(UUID id, String prompt, List<String> acceptedAnswers, boolean caseSensitive,
            String explanation, UUID sectionId) implements RecallQuestion {
        @Override
        public QuestionType type() {
            return QuestionType.SHORT_ANSWER;
        }
    }

    /** {@code itemsInOrder} lists the items in the correct order (e.g. chronological). */
    @JsonTypeName("ORDERING")
    record Ordering(UUID id, String prompt, List<OrderingItem> itemsInOrder, String explanation, UUID sectionId)
            implements RecallQuestion {
        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    @JsonTypeName("MATCHING")
    record Matching(UUID id, String prompt, List<MatchPair> pairs, String explanation, UUID sectionId)
            implements RecallQuestion {
        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /** {@code text} holds gaps written {@code {{1}}}, {@code {{2}}}, ... matching {@code gaps}. */
    @JsonTypeName("CLOZE")
    record Cloze(UUID id, String prompt, String text, List<ClozeGap> gaps, String explanation, UUID sectionId)
            implements RecallQuestion {
        @Override
        public QuestionType type() {
            return QuestionType.CLOZE;
        }
    }
}
