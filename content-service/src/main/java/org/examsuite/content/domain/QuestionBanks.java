package org.examsuite.content.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.examsuite.content.banks.BankFile;
import org.examsuite.content.banks.BankText;
import org.examsuite.content.banks.Banks;
import org.examsuite.content.banks.GiftWriter;
import org.examsuite.content.banks.MoodleXmlWriter;
import org.examsuite.content.persistence.RubricEntity;
import org.examsuite.content.persistence.Topic;
import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.platform.problems.Problem.FieldError;
import org.examsuite.platform.problems.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

/**
 * Imports Moodle XML and GIFT question banks through the content-pack import, and exports topics
 * in those formats.
 *
 * <p>A bank read from a file ({@link BankFile}) is placed into topics: the one named by
 * {@code topicKey}, or one per leaf category of the file. Each question gets a stable key from its
 * id number or name (a numeric suffix for repeats), so that importing the same file again changes
 * nothing. Into a topic that exists, the bank's questions are merged by key: the topic's other
 * questions, notes and essays stay, and what a bank format cannot hold (the note section a question
 * points to, a cloze question's prompt, an essay's indicative content…) is kept from the question
 * it updates. The merged topics then go through {@link ContentPacks#importPack} as one content
 * pack, so the same validation, all-or-nothing transaction and report apply.
 */
@ApplicationScoped
public class QuestionBanks {

    private static final Pattern KEY_SUFFIX = Pattern.compile("^(.*)-(\\d+)$");

    @Inject
    ContentPacks packs;

    @Inject
    Validator validator;

    /** Where the bank's questions go and how strictly: the query parameters of {@code POST /imports}. */
    public record Target(String topicKey, String subject, String title, List<QualificationLevel> levels, List<String> boards,
            boolean partial, String rubricKey) {
    }

    @Transactional
    public ImportReport importBank(BankFile file, Target target) {
        RubricEntity rubric = null;
        if (target.rubricKey() != null) {
            rubric = RubricEntity.findByPackKey(target.rubricKey());
            if (rubric == null) {
                throw ProblemException.invalid("rubricKey", "names no rubric of the suite");
            }
        }
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<ImportReport.Note> notes = new ArrayList<>();
        file.notes().forEach(n -> notes.add(new ImportReport.Note("(file)", n)));
        Map<String, Planned> planned = new LinkedHashMap<>();
        int imported = 0;
        for (BankFile.Entry entry : file.entries()) {
            entry.notes().forEach(n -> notes.add(new ImportReport.Note(entry.name(), n)));
            String reason = entry.skipReason();
            Place place = null;
            if (reason == null) {
                place = place(entry.category(), target);
                reason = place.reason;
            }
            if (reason == null) {
                reason = check(entry, rubric);
            }
            if (reason != null) {
                skipped.add(new ImportReport.Skipped(entry.name(), entry.sourceType(), entry.where(), reason));
                continue;
            }
            Place p = place;
            planned.computeIfAbsent(p.key, k -> new Planned(p)).entries.add(entry);
            imported++;
        }
        if (!target.partial() && !skipped.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Questions cannot be imported",
                    skipped.size() + " question(s) of the file cannot be imported, so nothing was; import with partial=true to import the rest",
                    skipped.stream().map(s -> new FieldError(s.name(), s.type() + " at " + s.where() + ": " + s.reason())).toList());
        }
        if (imported == 0 && skipped.isEmpty()) {
            throw ProblemException.invalid("file", "holds no questions");
        }
        List<TopicDraft> topics = new ArrayList<>();
        for (Planned p : planned.values()) {
            topics.add(merge(p, target, rubric));
        }
        List<ImportReport.Entry> entries = topics.isEmpty() ? List.of()
                : packs.importPack(new ContentPack(ContentPack.FORMAT, 1, List.of(), topics)).entries();
        List<ImportReport.EmbeddedFile> files = file.files().stream()
                .map(f -> new ImportReport.EmbeddedFile(f.question(), f.name(), f.bytes())).toList();
        return new ImportReport(entries, imported, skipped, notes, files);
    }

    /** A topic as Moodle XML ({@code gift} false) or GIFT, with the keys of the questions left out. */
    @Transactional
    public Banks.Export export(UUID topicId, boolean gift) {
        TopicDraft topic = packs.exportPack(topicId).topics().get(0);
        return gift ? GiftWriter.write(topic) : MoodleXmlWriter.write(topic);
    }

    // --- placing questions in topics ---

    private record Place(String key, String subject, String chapter, String title, String notesTitle, String reason) {
        static Place refused(String reason) {
            return new Place(null, null, null, null, null, reason);
        }
    }

    private static final class Planned {
        final Place place;
        final List<BankFile.Entry> entries = new ArrayList<>();

        Planned(Place place) {
            this.place = place;
        }
    }

    private static Place place(BankFile.Category category, Target target) {
        List<String> names = category == null ? List.of() : Banks.categoryNames(category.path());
        String leaf = names.isEmpty() ? null : names.get(names.size() - 1);
        if (target.topicKey() != null) {
            return new Place(target.topicKey(), target.subject(), null, target.title(), leaf, null);
        }
        if (category == null) {
            return Place.refused("the question comes before any category; give topicKey to choose its topic");
        }
        if (names.isEmpty()) {
            return Place.refused("its category " + category.path() + " names no topic; give topicKey to choose one");
        }
        String subject = target.subject() != null ? target.subject() : names.size() >= 2 ? names.get(0) : null;
        if (subject == null) {
            return Place.refused("its category " + category.path() + " gives no subject (Subject/Topic); give subject");
        }
        List<String> rest = names.size() >= 2 ? names.subList(1, names.size()) : names;
        String chapter = rest.size() > 1 ? String.join(" / ", rest.subList(0, rest.size() - 1)) : null;
        String key = category.idnumber() != null ? category.idnumber()
                : BankText.slug(subject, 60, "subject") + "." + BankText.slug(String.join("-", rest), 120, "topic");
        return new Place(key, subject, chapter, leaf, leaf, null);
    }

    /** Why a mapped question cannot be stored as it is (the suite's own rules), or null. */
    private String check(BankFile.Entry entry, RubricEntity rubric) {
        BankFile.Mapped mapped = entry.mapped();
        if (mapped instanceof BankFile.Recall r) {
            return violations(validator.validate(withKey(r.draft(), "key")));
        }
        if (mapped instanceof BankFile.Essay e) {
            if (rubric == null) {
                return "an essay question needs a rubric (mark scheme) in the suite: give rubricKey naming one to import essays";
            }
            if (commandWord(e.prompt()) == null) {
                return "the prompt has no command word (To what extent, How far, Assess, Evaluate, Analyse, Discuss, Explain, Compare, Examine)";
            }
            return violations(validator.validate(essay("key", e, null, rubric, null)));
        }
        BankFile.Note n = (BankFile.Note) mapped;
        return violations(validator.validate(new SectionDraft.KeyPointDraft(entry.name(), n.text())));
    }

    private static <T> String violations(Set<ConstraintViolation<T>> violations) {
        if (violations.isEmpty()) {
            return null;
        }
        return String.join("; ", violations.stream().map(v -> {
            String path = v.getPropertyPath().toString();
            return (path.isEmpty() ? "" : path + ": ") + v.getMessage();
        }).sorted().toList());
    }

    // --- merging a bank's questions into a topic ---

    private static TopicDraft merge(Planned planned, Target target, RubricEntity rubric) {
        Place place = planned.place;
        Topic existing = Topic.findByPackKey(place.key);
        TopicDraft base;
        if (existing != null) {
            base = ContentPacks.exportTopic(existing);
        } else {
            List<FieldError> missing = new ArrayList<>();
            if (place.subject == null) {
                missing.add(new FieldError("subject", "is required to create topic " + place.key));
            }
            if (place.title == null) {
                missing.add(new FieldError("title", "is required to create topic " + place.key));
            }
            if (target.levels() == null || target.levels().isEmpty()) {
                missing.add(new FieldError("level", "is required to create topic " + place.key + " (O_LEVEL, AS_LEVEL or A_LEVEL)"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
            base = new TopicDraft(place.key, place.subject.trim(), place.chapter, null, place.title.trim(), null, List.copyOf(target.levels()),
                    target.boards() == null ? List.of() : List.copyOf(target.boards()), List.of(), List.of(), List.of());
        }
        List<SectionDraft> sections = new ArrayList<>(base.sectionsOrEmpty());
        List<QuestionDraft> questions = new ArrayList<>(base.questionsOrEmpty());
        List<EssayQuestionDraft> essays = new ArrayList<>(base.essayQuestionsOrEmpty());
        Map<String, Integer> questionAt = indexBy(questions, QuestionDraft::key);
        Map<String, Integer> essayAt = indexBy(essays, EssayQuestionDraft::key);
        int notesAt = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (Banks.NOTES_SECTION.equals(sections.get(i).key())) {
                notesAt = i;
            }
        }
        List<SectionDraft.KeyPointDraft> points = notesAt >= 0 ? new ArrayList<>(sections.get(notesAt).keyPoints()) : new ArrayList<>();
        Set<Integer> pointsMatched = new HashSet<>();
        boolean anyNote = false;
        Set<String> used = new HashSet<>();
        for (BankFile.Entry entry : planned.entries) {
            if (entry.mapped() instanceof BankFile.Note note) {
                anyNote = true;
                int match = -1;
                for (int i = 0; i < points.size() && match < 0; i++) {
                    if (!pointsMatched.contains(i) && entry.name().equals(points.get(i).heading())) {
                        match = i;
                    }
                }
                SectionDraft.KeyPointDraft point = new SectionDraft.KeyPointDraft(entry.name(), note.text());
                if (match >= 0) {
                    points.set(match, point);
                } else {
                    points.add(point);
                    match = points.size() - 1;
                }
                pointsMatched.add(match);
                continue;
            }
            String key = uniqueKey(entry.idnumber() != null ? BankText.keyFromId(entry.idnumber()) : BankText.keyFromName(entry.name()), used);
            if (entry.mapped() instanceof BankFile.Recall r) {
                Integer at = questionAt.get(key);
                QuestionDraft merged = mergeQuestion(at == null ? null : questions.get(at), withKey(r.draft(), key), r);
                if (at == null) {
                    questionAt.put(key, questions.size());
                    questions.add(merged);
                } else {
                    questions.set(at, merged);
                }
            } else if (entry.mapped() instanceof BankFile.Essay e) {
                Integer at = essayAt.get(key);
                EssayQuestionDraft merged = essay(key, e, at == null ? null : essays.get(at), rubric, target.rubricKey());
                if (at == null) {
                    essayAt.put(key, essays.size());
                    essays.add(merged);
                } else {
                    essays.set(at, merged);
                }
            }
        }
        if (anyNote) {
            String title = notesAt >= 0 ? sections.get(notesAt).title() : place.notesTitle != null ? place.notesTitle : base.title();
            SectionDraft notes = new SectionDraft(Banks.NOTES_SECTION, title, List.copyOf(points));
            if (notesAt >= 0) {
                sections.set(notesAt, notes);
            } else {
                sections.add(notes);
            }
        }
        return new TopicDraft(base.key(), base.subject(), base.chapter(), base.code(), base.title(), base.keyQuestion(),
                base.levels(), base.boards(), sections, questions, essays);
    }

    /** The key, with -2, -3… when the file already used it for this topic. */
    private static String uniqueKey(String base, Set<String> used) {
        String key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + "-" + n;
        }
        used.add(key);
        return key;
    }

    /** The bank's question over the one it updates: what the bank cannot hold comes from the old one. */
    private static QuestionDraft mergeQuestion(QuestionDraft old, QuestionDraft fresh, BankFile.Recall r) {
        if (old == null) {
            return fresh;
        }
        String prompt = r.promptCarried() ? fresh.prompt() : old.prompt();
        Boolean caseSensitive = fresh.caseSensitive();
        if (!r.caseCarried() && old.caseSensitive() != null && fresh.caseSensitive() != null) {
            caseSensitive = old.caseSensitive();
        }
        List<QuestionDraft.Option> options = fresh.options();
        if (options != null && old.options() != null) {
            List<String> keys = reuseKeys(options.stream().map(QuestionDraft.Option::text).toList(), options.stream().map(QuestionDraft.Option::key).toList(),
                    old.options().stream().map(QuestionDraft.Option::text).toList(), old.options().stream().map(QuestionDraft.Option::key).toList());
            List<QuestionDraft.Option> rekeyed = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                QuestionDraft.Option o = options.get(i);
                rekeyed.add(new QuestionDraft.Option(keys.get(i), o.text(), o.correct(), o.feedback()));
            }
            options = rekeyed;
        }
        List<QuestionDraft.Pair> pairs = fresh.pairs();
        if (pairs != null && old.pairs() != null) {
            List<String> keys = reuseKeys(pairs.stream().map(QuestionDraft.Pair::left).toList(), pairs.stream().map(QuestionDraft.Pair::key).toList(),
                    old.pairs().stream().map(QuestionDraft.Pair::left).toList(), old.pairs().stream().map(QuestionDraft.Pair::key).toList());
            List<QuestionDraft.Pair> rekeyed = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                rekeyed.add(new QuestionDraft.Pair(keys.get(i), pairs.get(i).left(), pairs.get(i).right()));
            }
            pairs = rekeyed;
        }
        List<QuestionDraft.Item> items = fresh.itemsInOrder();
        if (items != null && old.itemsInOrder() != null) {
            List<String> keys = reuseKeys(items.stream().map(QuestionDraft.Item::text).toList(), items.stream().map(QuestionDraft.Item::key).toList(),
                    old.itemsInOrder().stream().map(QuestionDraft.Item::text).toList(), old.itemsInOrder().stream().map(QuestionDraft.Item::key).toList());
            List<QuestionDraft.Item> rekeyed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                rekeyed.add(new QuestionDraft.Item(keys.get(i), items.get(i).text()));
            }
            items = rekeyed;
        }
        return new QuestionDraft(fresh.key(), fresh.type(), prompt, fresh.explanation(), old.sectionKey(), null, options,
                fresh.answer(), fresh.acceptedAnswers(), caseSensitive, items, pairs, fresh.text(), fresh.gaps());
    }

    /** Keys for new items: the old item's key where the text is the same, the new key (made distinct) otherwise. */
    private static List<String> reuseKeys(List<String> texts, List<String> keys, List<String> oldTexts, List<String> oldKeys) {
        String[] result = new String[texts.size()];
        Set<String> taken = new HashSet<>();
        Set<Integer> oldUsed = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < oldTexts.size(); j++) {
                if (!oldUsed.contains(j) && oldTexts.get(j).equals(texts.get(i)) && !taken.contains(oldKeys.get(j))) {
                    result[i] = oldKeys.get(j);
                    taken.add(result[i]);
                    oldUsed.add(j);
                    break;
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            if (result[i] == null) {
                String key = keys.get(i);
                Matcher m = KEY_SUFFIX.matcher(key);
                String base = m.matches() ? m.group(1) : key;
                for (int n = 2; taken.contains(key); n++) {
                    key = base + "-" + n;
                }
                result[i] = key;
                taken.add(key);
            }
        }
        return List.of(result);
    }

    private static EssayQuestionDraft essay(String key, BankFile.Essay e, EssayQuestionDraft old, RubricEntity rubric, String rubricKey) {
        int marks = rubric.maxMarks();
        int minutes = old != null ? old.suggestedMinutes() : Math.max(1, Math.min(240, (int) Math.round(marks * 1.5)));
        String guidance = e.guidanceCarried() ? e.guidance() : old != null ? old.guidance() : null;
        return new EssayQuestionDraft(key, e.prompt(), commandWord(e.prompt()), marks, minutes, guidance, null,
                rubricKey != null ? rubricKey : rubric.packKey, old != null ? old.indicativeContent() : List.of());
    }

    /** The command word that comes first in the prompt ("Analyze" counts as Analyse), or null. */
    static CommandWord commandWord(String prompt) {
        String text = BankText.visibleText(prompt).toLowerCase(Locale.ROOT);
        CommandWord found = null;
        int at = Integer.MAX_VALUE;
        for (CommandWord word : CommandWord.values()) {
            String phrase = word.phrase().toLowerCase(Locale.ROOT);
            String pattern = word == CommandWord.ANALYSE ? "analy[sz]e" : Pattern.quote(phrase);
            Matcher m = Pattern.compile("\\b" + pattern + "\\b").matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                found = word;
            }
        }
        return found;
    }

    static QuestionDraft withKey(QuestionDraft d, String key) {
        return new QuestionDraft(key, d.type(), d.prompt(), d.explanation(), d.sectionKey(), d.sectionId(), d.options(), d.answer(),
                d.acceptedAnswers(), d.caseSensitive(), d.itemsInOrder(), d.pairs(), d.text(), d.gaps());
    }

    private static <T> Map<String, Integer> indexBy(List<T> items, Function<T, String> key) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(key.apply(items.get(i)), i);
        }
        return index;
    }
}
