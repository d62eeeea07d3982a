package org.examsuite.content.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.examsuite.platform.persistence.VersionKey;
import org.examsuite.content.persistence.Topic;
import org.examsuite.content.persistence.TopicVersion;
import org.examsuite.events.EventType;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.NoteSection;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.content.TopicRetractedV1;
import org.examsuite.platform.events.EventPublisher;
import org.examsuite.platform.problems.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Publishing freezes the draft as a new version and emits it whole (TopicPublished); retracting
 * withdraws the topic from practice (TopicRetracted). Both events leave through the outbox, in the
 * transaction of the change.
 */
@ApplicationScoped
public class TopicPublication {

    @Inject
    EventPublisher events;

    @Transactional
    public TopicVersion publish(UUID topicId) {
        Topic topic = TopicAuthoring.find(topicId);
        if (topic.status == TopicStatus.PUBLISHED && !topic.unpublishedChanges) {
            throw ProblemException.conflict("Version " + topic.publishedVersion + " of topic " + topicId
                    + " is already published and the draft has not changed since");
        }
        if (topic.questions.isEmpty() && topic.essayQuestions.isEmpty()) {
            throw ProblemException.unprocessable("Topic " + topicId + " has no questions yet; there is nothing to practise");
        }
        TopicVersion version = new TopicVersion();
        int number = topic.publishedVersion + 1;
        version.key = new VersionKey(topic.id, number);
        version.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        version.snapshot = snapshot(topic, number, version.publishedAt);
        version.persist();

        topic.publishedVersion = number;
        topic.status = TopicStatus.PUBLISHED;
        topic.unpublishedChanges = false;
        events.publish(EventType.TOPIC_PUBLISHED_V1, topic.id.toString(), version.snapshot);
        return version;
    }

    @Transactional
    public Topic retract(UUID topicId) {
        Topic topic = TopicAuthoring.find(topicId);
        if (topic.status != TopicStatus.PUBLISHED) {
            throw ProblemException.conflict("Topic " + topicId + " is " + topic.status + "; only a published topic can be retracted");
        }
        topic.status = TopicStatus.RETRACTED;
        events.publish(EventType.TOPIC_RETRACTED_V1, topic.id.toString(),
                new TopicRetractedV1(topic.id, topic.publishedVersion, Instant.now()));
        return topic;
    }

    private static TopicPublishedV1 snapshot(Topic topic, int version, Instant publishedAt) {
        return new TopicPublishedV1(topic.id, version, topic.subject, topic.chapter, topic.code, topic.title,
                topic.keyQuestion, topic.levels.stream().sorted().toList(), topic.boards.stream().sorted().toList(),
                topic.sections.stream().map(s -> new NoteSection(s.id, s.position, s.title, s.keyPoints)).toList(),
                topic.questions.stream().map(q -> (RecallQuestion) q.definition).toList(),
                topic.essayQuestions.stream().map(e -> new EssayQuestion(e.id, e.prompt, e.commandWord, e.marks,
                        e.suggestedMinutes, e.guidance, e.rubric.toContract(), e.indicativeContent)).toList(),
                publishedAt);
    }
}
