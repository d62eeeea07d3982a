package org.examsuite.quiz.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.examsuite.events.content.TopicPublishedV1;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A published version of a topic exactly as TopicPublished carried it, answer keys included. */
@Entity
@Table(name = "catalog_topic_version")
public class CatalogTopicVersion extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    public TopicPublishedV1 snapshot;

    @Column(name = "received_at")
    public Instant receivedAt;

    public static Optional<CatalogTopicVersion> find(UUID topicId, int version) {
        return findByIdOptional(new Key(topicId, version));
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "topic_id")
        public UUID topicId;
        public int version;

        public Key() {
        }

        public Key(UUID topicId, int version) {
            this.topicId = topicId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && topicId.equals(key.topicId) && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(topicId, version);
        }
    }
}
