package org.examsuite.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.examsuite.platform.persistence.VersionKey;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.platform.events.IncomingEvent;
import org.examsuite.platform.events.PoisonEventException;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.quiz.persistence.CatalogTopic;
import org.examsuite.quiz.persistence.CatalogTopicVersion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The catalog read model, fed by content.topics. Every version received is kept. The topic's
 * header follows the highest version seen, so an older version arriving late never rolls it back;
 * a topic is retracted while the highest retracted version is at least its latest version, which
 * makes the outcome independent of the order the events arrive in.
 */
@ApplicationScoped
public class Catalog {

    @Inject
    TopicVersions versions;

    @Transactional
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case TOPIC_PUBLISHED_V1 -> published(event.payloadAs(TopicPublishedV1.class));
            case TOPIC_RETRACTED_V1 -> retracted(event.payloadAs(TopicRetractedV1.class));
            default -> throw new PoisonEventException("The catalog does not take " + event.type().ceType());
        }
    }

    /** The latest version of a topic that takes new sessions; 422 when it is unknown or retracted. */
    @Transactional
    public TopicPublishedV1 openForPractice(UUID topicId) {
        CatalogTopic topic = CatalogTopic.findById(topicId);
        if (topic == null || topic.latestVersion == 0) {
            throw ProblemException.unprocessable("Topic " + topicId + " is not in the catalog");
        }
        if (!topic.available()) {
            throw ProblemException.unprocessable("Topic " + topicId + " has been retracted and takes no new sessions");
        }
        return versions.snapshot(topicId, topic.latestVersion);
    }

    /** A topic open for practice, or 404. */
    @Transactional
    public CatalogTopic available(UUID topicId) {
        CatalogTopic topic = CatalogTopic.findById(topicId);
        if (topic == null || !topic.available()) {
            throw ProblemException.notFound("Topic", topicId);
        }
        return topic;
    }

    private void published(TopicPublishedV1 snapshot) {
        List<String> problems = SnapshotCheck.problems(snapshot);
        if (!problems.isEmpty()) {
            throw new PoisonEventException("TopicPublished cannot be used: " + String.join("; ", problems));
        }
        if (CatalogTopicVersion.find(snapshot.topicId(), snapshot.version()).isPresent()) {
            return;
        }
        CatalogTopicVersion version = new CatalogTopicVersion();
        version.key = new VersionKey(snapshot.topicId(), snapshot.version());
        version.snapshot = snapshot;
        version.receivedAt = Instant.now();
        version.persist();

        CatalogTopic topic = topicOf(snapshot.topicId());
        if (snapshot.version() > topic.latestVersion) {
            topic.show(snapshot);
        }
    }

    private void retracted(TopicRetractedV1 retraction) {
        if (retraction.topicId() == null || retraction.version() < 1) {
            throw new PoisonEventException("TopicRetracted needs a topic id and a version of at least 1");
        }
        CatalogTopic topic = topicOf(retraction.topicId());
        if (topic.retractedVersion == null || retraction.version() >= topic.retractedVersion) {
            topic.retractedVersion = retraction.version();
            topic.retractedAt = retraction.retractedAt();
            topic.updatedAt = Instant.now();
        }
    }

    private static CatalogTopic topicOf(UUID topicId) {
        CatalogTopic topic = CatalogTopic.findById(topicId);
        if (topic == null) {
            topic = CatalogTopic.empty(topicId);
            topic.persist();
        }
        return topic;
    }
}
