package org.examsuite.grading.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.examsuite.platform.persistence.VersionKey;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.grading.persistence.EssayQuestionRecord;
import org.examsuite.grading.persistence.EssayQuestionVersion;
import org.examsuite.grading.persistence.EssayTopic;
import org.examsuite.platform.events.PoisonEventException;
import org.examsuite.platform.problems.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The service's own copy of the published essay questions, fed by content.topics. Every version is
 * kept; the newest version is current. A version that arrives after a newer one is stored (plans
 * may name it) but changes nothing that is current.
 */
@ApplicationScoped
public class EssayCatalog {

    @Transactional
    public void apply(TopicPublishedV1 published) {
        requireComplete(published);
        EssayTopic topic = topic(published.topicId());
        boolean newest = published.version() > topic.latestVersion;
        List<EssayQuestion> questions = published.essayQuestions() == null ? List.of() : published.essayQuestions();
        Set<UUID> carried = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            EssayQuestion question = questions.get(i);
            carried.add(question.id());
            EssayQuestionRecord record = EssayQuestionRecord.findById(question.id());
            if (record == null) {
                record = new EssayQuestionRecord();
                record.id = question.id();
                record.topicId = published.topicId();
                record.position = i + 1;
                record.currentVersion = published.version();
                record.inLatestVersion = newest;
                record.persist();
            } else {
                record.currentVersion = Math.max(record.currentVersion, published.version());
                if (newest) {
                    record.position = i + 1;
                    record.inLatestVersion = true;
                }
            }
            if (EssayQuestionVersion.find(question.id(), published.version()).isEmpty()) {
                EssayQuestionVersion version = new EssayQuestionVersion();
                version.key = new VersionKey(question.id(), published.version());
                version.topicId = published.topicId();
                version.topicTitle = published.title();
                version.rubricId = question.rubric().id();
                version.rubricVersion = question.rubric().version();
                version.question = question;
                version.publishedAt = published.publishedAt() == null ? Instant.now() : published.publishedAt();
                version.persist();
            }
        }
        if (newest) {
            topic.latestVersion = published.version();
            topic.title = published.title();
            topic.subject = published.subject();
            topic.updatedAt = Instant.now();
            EssayQuestionRecord.<EssayQuestionRecord>list("topicId = ?1 and inLatestVersion = true", topic.id).stream()
                    .filter(record -> !carried.contains(record.id))
                    .forEach(record -> record.inLatestVersion = false);
        }
    }

    @Transactional
    public void retract(TopicRetractedV1 retracted) {
        if (retracted.topicId() == null) {
            throw new PoisonEventException("TopicRetracted needs a topicId");
        }
        EssayTopic topic = topic(retracted.topicId());
        if (retracted.version() > topic.retractedVersion) {
            topic.retractedVersion = retracted.version();
            topic.updatedAt = Instant.now();
        }
    }

    public static EssayQuestionRecord find(UUID questionId) {
        return EssayQuestionRecord.<EssayQuestionRecord>findByIdOptional(questionId)
                .orElseThrow(() -> ProblemException.notFound("Essay question", questionId));
    }

    public static EssayQuestionVersion version(UUID questionId, int version) {
        return EssayQuestionVersion.find(questionId, version)
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of essay question", questionId));
    }

    public static EssayQuestionVersion current(EssayQuestionRecord question) {
        return version(question.id, question.currentVersion);
    }

    /** Whether a student may submit a new plan for the question directly: its topic still publishes it. */
    public static boolean openForPlans(EssayQuestionRecord question) {
        return question.inLatestVersion && !EssayTopic.<EssayTopic>findByIdOptional(question.topicId)
                .map(EssayTopic::retracted).orElse(false);
    }

    /**
     * The question version a session's plan is graded against: the one it names, or, when that
     * version will never arrive (the topic is already past it, so it was lost to retention), the
     * nearest kept version, older first. Empty while the topic has not caught up: the plan waits.
     */
    public static Optional<EssayQuestionVersion> versionForPlan(UUID questionId, UUID topicId, int topicVersion) {
        Optional<EssayQuestionVersion> exact = EssayQuestionVersion.find(questionId, topicVersion);
        if (exact.isPresent()) {
            return exact;
        }
        if (!topicKnownAt(topicId, topicVersion)) {
            return Optional.empty();
        }
        return EssayQuestionVersion.<EssayQuestionVersion>find(
                        "key.id = ?1 and key.version < ?2 order by key.version desc", questionId, topicVersion)
                .firstResultOptional()
                .or(() -> EssayQuestionVersion.<EssayQuestionVersion>find(
                        "key.id = ?1 and key.version > ?2 order by key.version", questionId, topicVersion)
                        .firstResultOptional());
    }

    /** Whether the topic has caught up with {@code topicVersion}, so that a missing question is truly missing. */
    public static boolean topicKnownAt(UUID topicId, int topicVersion) {
        return EssayTopic.<EssayTopic>findByIdOptional(topicId).map(t -> t.latestVersion >= topicVersion).orElse(false);
    }

    /**
     * A snapshot without the parts grading relies on breaks the contract: it goes to the dead-letter
     * topic at once instead of failing, and being retried, on a null further in.
     */
    private static void requireComplete(TopicPublishedV1 published) {
        if (published.topicId() == null || published.version() < 1 || published.title() == null) {
            throw new PoisonEventException("TopicPublished needs a topicId, a version from 1 and a title");
        }
        for (EssayQuestion question : published.essayQuestions() == null ? List.<EssayQuestion>of() : published.essayQuestions()) {
            Rubric rubric = question == null ? null : question.rubric();
            if (question == null || question.id() == null || rubric == null || rubric.id() == null
                    || rubric.criteria() == null || rubric.criteria().isEmpty()) {
                throw new PoisonEventException("An essay question of topic " + published.topicId()
                        + " lacks its id or its rubric with criteria");
            }
        }
    }

    private static EssayTopic topic(UUID topicId) {
        return EssayTopic.<EssayTopic>findByIdOptional(topicId).orElseGet(() -> {
            EssayTopic topic = new EssayTopic();
            topic.id = topicId;
            topic.updatedAt = Instant.now();
            topic.persist();
            return topic;
        });
    }
}
