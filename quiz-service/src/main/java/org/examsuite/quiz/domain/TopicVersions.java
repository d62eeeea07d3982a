package org.examsuite.quiz.domain;

import java.util.UUID;

import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.quiz.persistence.CatalogTopicVersion;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Published topic versions, read through a cache. A version never changes once received, so a cached
 * one never goes stale; retraction is the topic header's business, checked before a version is asked
 * for. Every session started and every topic read needs one, and parsing its JSON column (notes,
 * questions and keys) from the database each time was a fifth of quiz-service's CPU under the
 * essay-flow benchmark. Callers read the snapshot and never change it.
 */
@ApplicationScoped
public class TopicVersions {

    @CacheResult(cacheName = "topic-versions")
    @Transactional
    public TopicPublishedV1 snapshot(UUID topicId, int version) {
        return CatalogTopicVersion.find(topicId, version).orElseThrow().snapshot;
    }
}
