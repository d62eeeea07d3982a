package org.examsuite.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.EventJson;
import org.examsuite.events.content.CommandWord;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.examsuite.events.content.TopicPublishedV1;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo content pack's essay questions as TopicPublished would carry them. Ids are derived from
 * the topic id and the pack keys, so each test can publish its own copy of the topic.
 */
public final class DemoPack {

    public static final String MACHINATIONS = "stalin-emergence-machinations";
    public static final String MANOEUVRING = "stalin-rise-manoeuvring-propaganda-violence";
    public static final String COLLECTIVISATION = "collectivisation-motives-impact";
    public static final String GREAT_PURGE = "great-purge-necessity";
    public static final String CONSEQUENCES = "consequences-of-stalins-regime";
    public static final List<String> ESSAY_KEYS = List.of(MACHINATIONS, MANOEUVRING, COLLECTIVISATION, GREAT_PURGE, CONSEQUENCES);

    /** The topic id the unit tests use; integration tests pick their own. */
    public static final UUID TOPIC_ID = UUID.nameUUIDFromBytes("demo-topic".getBytes(StandardCharsets.UTF_8));

    private static final JsonNode PACK = read();

    private DemoPack() {
    }

    public static EssayQuestion question(String key) {
        return question(TOPIC_ID, key);
    }

    public static EssayQuestion question(UUID topicId, String key) {
        JsonNode topic = PACK.get("topics").get(0);
        for (JsonNode essay : topic.get("essayQuestions")) {
            if (essay.get("key").asText().equals(key)) {
                return essay(topicId, essay);
            }
        }
        throw new IllegalArgumentException("The demo pack has no essay question " + key);
    }

    public static UUID questionId(UUID topicId, String key) {
        return UUID.nameUUIDFromBytes((topicId + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The demo topic with all five essay questions, as version {@code version} of {@code topicId}. */
    public static TopicPublishedV1 topic(UUID topicId, int version) {
        List<EssayQuestion> questions = ESSAY_KEYS.stream().map(key -> question(topicId, key)).toList();
        return topic(topicId, version, questions);
    }

    public static TopicPublishedV1 topic(UUID topicId, int version, List<EssayQuestion> questions) {
        JsonNode topic = PACK.get("topics").get(0);
        List<QualificationLevel> levels = new ArrayList<>();
        topic.get("levels").forEach(l -> levels.add(QualificationLevel.valueOf(l.asText())));
        List<String> boards = new ArrayList<>();
        topic.get("boards").forEach(b -> boards.add(b.asText()));
        return new TopicPublishedV1(topicId, version, topic.get("subject").asText(), topic.get("chapter").asText(),
                topic.get("code").asText(), topic.get("title").asText(), topic.get("keyQuestion").asText(), levels, boards,
                List.of(), List.of(), questions, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static EssayQuestion essay(UUID topicId, JsonNode essay) {
        List<IndicativeFactor> factors = new ArrayList<>();
        for (JsonNode factor : essay.get("indicativeContent")) {
            List<String> terms = new ArrayList<>();
            factor.get("evidenceTerms").forEach(t -> terms.add(t.asText()));
            factors.add(new IndicativeFactor(factor.get("key").asText(), factor.get("title").asText(),
                    factor.get("description").asText(), terms, factor.get("minimumMatches").asInt()));
        }
        return new EssayQuestion(questionId(topicId, essay.get("key").asText()), essay.get("prompt").asText(),
                CommandWord.valueOf(essay.get("commandWord").asText()), essay.get("marks").asInt(),
                essay.get("suggestedMinutes").asInt(), essay.get("guidance").asText(), rubric(essay.get("rubricKey").asText()),
                factors);
    }

    private static Rubric rubric(String key) {
        for (JsonNode rubric : PACK.get("rubrics")) {
            if (rubric.get("key").asText().equals(key)) {
                try {
                    List<RubricCriterion> criteria = new ArrayList<>();
                    for (JsonNode criterion : rubric.get("criteria")) {
                        criteria.add(EventJson.mapper().treeToValue(criterion, RubricCriterion.class));
                    }
                    return new Rubric(UUID.nameUUIDFromBytes(("rubric/" + key).getBytes(StandardCharsets.UTF_8)), 1,
                            rubric.get("name").asText(), criteria);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalArgumentException("The demo pack has no rubric " + key);
    }

    private static JsonNode read() {
        try (InputStream in = DemoPack.class.getClassLoader().getResourceAsStream("packs/stalins-russia-1924-41.json")) {
            if (in == null) {
                throw new IllegalStateException("The demo content pack is not on the test class path");
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
