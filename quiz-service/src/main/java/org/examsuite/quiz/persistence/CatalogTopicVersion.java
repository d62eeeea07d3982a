package org.examsuite.quiz.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.examsuite.platform.persistence.VersionKey;
import org.examsuite.events.content.TopicPublishedV1;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A published version of a topic exactly as TopicPublished carried it, answer keys included. */
@Entity
@Table(name = "catalog_topic_version")
public class CatalogTopicVersion extends PanacheEntityBase {

    @EmbeddedId
    @AttributeOverride(name = "id", column = @Column(name = "topic_id"))
    public VersionKey key;

    @JdbcTypeCode(SqlTypes.JSON)
    public TopicPublishedV1 snapshot;

    @Column(name = "received_at")
    public Instant receivedAt;

    public static Optional<CatalogTopicVersion> find(UUID topicId, int version) {
        return findByIdOptional(new VersionKey(topicId, version));
    }
}
