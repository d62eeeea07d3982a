package org.examsuite.content.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.examsuite.content.persistence.EssayQuestionEntity;
import org.examsuite.content.persistence.NoteSection;
import org.examsuite.content.persistence.RecallQuestionEntity;
import org.examsuite.content.persistence.RubricEntity;
import org.examsuite.content.persistence.Topic;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.KeyPoint;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.RubricLevel;
import org.examsuite.platform.problems.Problem.FieldError;
import org.examsuite.platform.problems.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Imports and exports content packs. An import is validated whole before anything is written and
 * applied in one transaction (all or nothing); items are matched by their stable keys, so a second
 * import of the same pack reports everything unchanged. Export writes the same shape back, with
 * each item's key (its id when it was made through the API), so export → import → export is
 * identical.
 */
@ApplicationScoped
public class ContentPacks {

    @Inject
    Validator validator;

    @Transactional
    public ImportReport importPack(ContentPack pack) {
        checkValid(pack);
        List<ImportReport.Entry> entries = new ArrayList<>();
        Map<String, RubricEntity> rubrics = new HashMap<>();
        for (RubricDraft draft : pack.rubricsOrEmpty()) {
            RubricEntity existing = RubricEntity.findByPackKey(draft.key());
            RubricEntity rubric = existing != null ? existing : newRubric(draft.key());
            ImportReport.Outcome outcome = existing == null ? ImportReport.Outcome.CREATED
                    : exportRubric(existing).equals(canonical(draft)) ? ImportReport.Outcome.UNCHANGED
                    : ImportReport.Outcome.UPDATED;
            if (outcome != ImportReport.Outcome.UNCHANGED) {
                applyRubric(rubric, draft);
            }
            rubrics.put(draft.key(), rubric);
            entries.add(new ImportReport.Entry(ImportReport.Kind.RUBRIC, draft.key(), rubric.id, outcome));
        }
        for (TopicDraft draft : pack.topics()) {
            Topic existing = Topic.findByPackKey(draft.key());
            ImportReport.Outcome outcome;
            Topic topic;
            if (existing == null) {
                topic = TopicAuthoring.newTopic(draft.key());
                TopicAuthoring.applyHeader(topic, draft);
                topic.persist();
                outcome = ImportReport.Outcome.CREATED;
            } else {
                topic = existing;
                outcome = exportTopic(existing).equals(canonical(draft)) ? ImportReport.Outcome.UNCHANGED
                        : ImportReport.Outcome.UPDATED;
            }
            if (outcome != ImportReport.Outcome.UNCHANGED) {
                applyTopic(topic, draft, rubrics);
            }
            entries.add(new ImportReport.Entry(ImportReport.Kind.TOPIC, draft.key(), topic.id, outcome));
        }
        return new ImportReport(entries);
    }

    @Transactional
    public ContentPack exportPack(UUID topicId) {
        Topic topic = Topic.<Topic>findByIdOptional(topicId).orElseThrow(() -> ProblemException.notFound("Topic", topicId));
        Map<UUID, RubricEntity> rubrics = new LinkedHashMap<>();
        topic.essayQuestions.forEach(e -> rubrics.putIfAbsent(e.rubric.id, e.rubric));
        return new ContentPack(ContentPack.FORMAT, 1,
                rubrics.values().stream().map(ContentPacks::exportRubric).toList(), List.of(exportTopic(topic)));
    }

    private void checkValid(ContentPack pack) {
        Set<ConstraintViolation<ContentPack>> violations = validator.validate(pack);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(FieldError::of)
                    .sorted(Comparator.comparing(FieldError::field)).toList());
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> packRubrics = new HashSet<>();
        for (int r = 0; r < pack.rubricsOrEmpty().size(); r++) {
            RubricDraft rubric = pack.rubricsOrEmpty().get(r);
            requireKey(rubric.key(), "rubrics[" + r + "].key", errors);
            if (rubric.key() != null && !packRubrics.add(rubric.key())) {
                errors.add(new FieldError("rubrics[" + r + "].key", "is used by another rubric of the pack"));
            }
        }
        Set<String> topicKeys = new HashSet<>();
        for (int t = 0; t < pack.topics().size(); t++) {
            TopicDraft topic = pack.topics().get(t);
            String at = "topics[" + t + "]";
            requireKey(topic.key(), at + ".key", errors);
            if (topic.key() != null && !topicKeys.add(topic.key())) {
                errors.add(new FieldError(at + ".key", "is used by another topic of the pack"));
            }
            Set<String> sectionKeys = uniqueKeys(topic.sectionsOrEmpty(), SectionDraft::key, at + ".sections", errors);
            uniqueKeys(topic.questionsOrEmpty(), QuestionDraft::key, at + ".questions", errors);
            uniqueKeys(topic.essayQuestionsOrEmpty(), EssayQuestionDraft::key, at + ".essayQuestions", errors);
            for (int q = 0; q < topic.questionsOrEmpty().size(); q++) {
                String sectionKey = topic.questionsOrEmpty().get(q).sectionKey();
                if (sectionKey != null && !sectionKeys.contains(sectionKey)) {
                    errors.add(new FieldError(at + ".questions[" + q + "].sectionKey", "names no section of the topic"));
                }
            }
            for (int e = 0; e < topic.essayQuestionsOrEmpty().size(); e++) {
                EssayQuestionDraft essay = topic.essayQuestionsOrEmpty().get(e);
                String field = at + ".essayQuestions[" + e + "]";
                RubricDraft inPack = pack.rubricsOrEmpty().stream().filter(r -> r.key().equals(essay.rubricKey())).findFirst().orElse(null);
                RubricEntity stored = inPack == null && essay.rubricKey() != null ? RubricEntity.findByPackKey(essay.rubricKey()) : null;
                if (inPack == null && stored == null) {
                    errors.add(new FieldError(field + ".rubricKey", "names no rubric of the pack or of the suite"));
                    continue;
                }
                int rubricMarks = inPack != null ? inPack.maxMarks() : stored.maxMarks();
                if (rubricMarks != essay.marks()) {
                    errors.add(new FieldError(field + ".marks", "is " + essay.marks() + " but the rubric's criteria total " + rubricMarks));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void requireKey(String key, String field, List<FieldError> errors) {
        if (key == null || key.isBlank()) {
            errors.add(new FieldError(field, "is required in a content pack (the stable key of the item)"));
        }
    }

    private static <T> Set<String> uniqueKeys(List<T> items, Function<T, String> key, String field, List<FieldError> errors) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            requireKey(k, field + "[" + i + "].key", errors);
            if (k != null && !keys.add(k)) {
                errors.add(new FieldError(field + "[" + i + "].key", "is used twice in the topic"));
            }
        }
        return keys;
    }

    private static RubricEntity newRubric(String key) {
        RubricEntity rubric = new RubricEntity();
        rubric.id = UUID.randomUUID();
        rubric.packKey = key;
        rubric.version = 0;
        return rubric;
    }

    static void applyRubric(RubricEntity rubric, RubricDraft draft) {
        rubric.name = draft.name();
        rubric.description = draft.description();
        rubric.criteria = criteria(draft);
        rubric.version++;
        rubric.updatedAt = Instant.now();
        if (!rubric.isPersistent()) {
            rubric.persist();
        }
    }

    static List<RubricCriterion> criteria(RubricDraft draft) {
        return draft.criteria().stream().map(c -> new RubricCriterion(c.key(), c.name(), c.description(), c.maxMarks(),
                c.levels().stream().map(l -> new RubricLevel(l.level(), l.descriptor(), l.minMark(), l.maxMark())).toList()))
                .toList();
    }

    static RubricDraft exportRubric(RubricEntity rubric) {
        return new RubricDraft(keyOf(rubric.packKey, rubric.id), rubric.name, rubric.description,
                rubric.criteria.stream().map(c -> new RubricDraft.Criterion(c.key(), c.name(), c.description(), c.maxMarks(),
                        c.levels().stream().map(l -> new RubricDraft.Level(l.level(), l.descriptor(), l.minMark(), l.maxMark())).toList()))
                        .toList());
    }

    private static RubricDraft canonical(RubricDraft draft) {
        RubricEntity shape = new RubricEntity();
        shape.packKey = draft.key();
        shape.name = draft.name();
        shape.description = draft.description();
        shape.criteria = criteria(draft);
        return exportRubric(shape);
    }

    /**
     * Replaces the persistent topic's draft with {@code draft}, keeping the ids of items whose keys it
     * still has. New items are persisted once filled, sections first, so that the inserts reach the
     * database in an order that satisfies the questions' references to their sections.
     */
    static void applyTopic(Topic topic, TopicDraft draft, Map<String, RubricEntity> packRubrics) {
        TopicAuthoring.applyHeader(topic, draft);

        Map<String, NoteSection> sections = topic.sections.stream().collect(Collectors.toMap(s -> keyOf(s.packKey, s.id), s -> s));
        List<NoteSection> newSections = new ArrayList<>();
        for (SectionDraft d : draft.sectionsOrEmpty()) {
            NoteSection section = sections.computeIfAbsent(d.key(), k -> TopicAuthoring.newSection(topic, k));
            TopicAuthoring.applySection(section, d, newSections.size() + 1);
            newSections.add(section);
        }
        topic.sections.clear();
        topic.sections.addAll(newSections);
        Map<String, UUID> sectionIds = newSections.stream().collect(Collectors.toMap(s -> keyOf(s.packKey, s.id), s -> s.id));

        Map<String, RecallQuestionEntity> questions = topic.questions.stream().collect(Collectors.toMap(q -> keyOf(q.packKey, q.id), q -> q));
        List<RecallQuestionEntity> newQuestions = new ArrayList<>();
        for (QuestionDraft d : draft.questionsOrEmpty()) {
            RecallQuestionEntity question = questions.computeIfAbsent(d.key(), k -> TopicAuthoring.newQuestion(topic, k));
            TopicAuthoring.defineQuestion(question, d, d.sectionKey() == null ? null : sectionIds.get(d.sectionKey()),
                    newQuestions.size() + 1);
            newQuestions.add(question);
        }
        topic.questions.clear();
        topic.questions.addAll(newQuestions);

        Map<String, EssayQuestionEntity> essays = topic.essayQuestions.stream().collect(Collectors.toMap(e -> keyOf(e.packKey, e.id), e -> e));
        List<EssayQuestionEntity> newEssays = new ArrayList<>();
        for (EssayQuestionDraft d : draft.essayQuestionsOrEmpty()) {
            RubricEntity rubric = packRubrics.containsKey(d.rubricKey()) ? packRubrics.get(d.rubricKey()) : RubricEntity.findByPackKey(d.rubricKey());
            EssayQuestionEntity essay = essays.computeIfAbsent(d.key(), k -> TopicAuthoring.newEssayQuestion(topic, k));
            TopicAuthoring.applyEssayQuestion(essay, d, rubric, newEssays.size() + 1);
            newEssays.add(essay);
        }
        topic.essayQuestions.clear();
        topic.essayQuestions.addAll(newEssays);
        topic.touch();
    }

    static TopicDraft exportTopic(Topic topic) {
        Map<UUID, String> sectionKeys = topic.sections.stream().collect(Collectors.toMap(s -> s.id, s -> keyOf(s.packKey, s.id)));
        return new TopicDraft(keyOf(topic.packKey, topic.id), topic.subject, topic.chapter, topic.code, topic.title,
                topic.keyQuestion, topic.levels.stream().sorted().toList(), topic.boards.stream().sorted().toList(),
                topic.sections.stream().map(s -> new SectionDraft(keyOf(s.packKey, s.id), s.title,
                        s.keyPoints.stream().map(p -> new SectionDraft.KeyPointDraft(p.heading(), p.text())).toList())).toList(),
                topic.questions.stream().map(q -> QuestionMapping.toDraft(keyOf(q.packKey, q.id), q.definition,
                        q.sectionId == null ? null : sectionKeys.get(q.sectionId), null)).toList(),
                topic.essayQuestions.stream().map(e -> new EssayQuestionDraft(keyOf(e.packKey, e.id), e.prompt, e.commandWord,
                        e.marks, e.suggestedMinutes, e.guidance, null, keyOf(e.rubric.packKey, e.rubric.id),
                        e.indicativeContent.stream().map(f -> new EssayQuestionDraft.Factor(f.key(), f.title(), f.description(),
                                f.evidenceTerms(), f.minimumMatches())).toList())).toList());
    }

    /** The draft as the export of it would read, so that an unchanged re-import compares equal. */
    private static TopicDraft canonical(TopicDraft d) {
        return new TopicDraft(d.key(), d.subject(), d.chapter(), d.code(), d.title(), d.keyQuestion(),
                d.levels().stream().distinct().sorted().toList(), d.boards().stream().distinct().sorted().toList(),
                d.sectionsOrEmpty().stream().map(s -> new SectionDraft(s.key(), s.title(), s.keyPoints())).toList(),
                d.questionsOrEmpty().stream().map(q -> QuestionMapping.toDraft(q.key(), QuestionMapping.toContract(null, q, null),
                        q.sectionKey(), null)).toList(),
                d.essayQuestionsOrEmpty().stream().map(e -> new EssayQuestionDraft(e.key(), e.prompt(), e.commandWord(), e.marks(),
                        e.suggestedMinutes(), e.guidance(), null, e.rubricKey(), e.indicativeContent())).toList());
    }

    static String keyOf(String packKey, UUID id) {
        return packKey != null ? packKey : id.toString();
    }

    static List<KeyPoint> keyPoints(SectionDraft draft) {
        return draft.keyPoints().stream().map(p -> new KeyPoint(p.heading(), p.text())).toList();
    }

    static List<IndicativeFactor> factors(EssayQuestionDraft draft) {
        return draft.indicativeContent().stream()
                .map(f -> new IndicativeFactor(f.key(), f.title(), f.description(), List.copyOf(f.evidenceTerms()), f.minimumMatches()))
                .toList();
    }
}
