package org.examsuite.content.domain;

import java.util.List;

import org.examsuite.events.content.QualificationLevel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A topic as teachers write it. In the API a new topic may come without sections and questions;
 * in a content pack it carries all of them and is the whole topic.
 */
public record TopicDraft(
        @Size(max = 200) String key,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 300) String chapter,
        @Size(max = 50) String code,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 1000) String keyQuestion,
        @NotNull @Size(min = 1, max = 3) List<@NotNull QualificationLevel> levels,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> boards,
        @Size(max = 50) List<@Valid @NotNull SectionDraft> sections,
        @Size(max = 1000) List<@Valid @NotNull QuestionDraft> questions,
        @Size(max = 50) List<@Valid @NotNull EssayQuestionDraft> essayQuestions) {

    public List<SectionDraft> sectionsOrEmpty() {
        return sections == null ? List.of() : sections;
    }

    public List<QuestionDraft> questionsOrEmpty() {
        return questions == null ? List.of() : questions;
    }

    public List<EssayQuestionDraft> essayQuestionsOrEmpty() {
        return essayQuestions == null ? List.of() : essayQuestions;
    }
}
