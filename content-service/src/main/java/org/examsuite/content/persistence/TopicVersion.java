package org.examsuite.content.persistence;

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

/** A frozen, published version of a topic: exactly the snapshot its TopicPublished event carried. */
@Entity
@Table(name = "topic_version")
public class TopicVersion extends PanacheEntityBase {

    @EmbeddedId
    @AttributeOverride(name = "id", column = @Column(name = "topic_id"))
    public VersionKey key;

    @JdbcTypeCode(SqlTypes.JSON)
    public TopicPublishedV1 snapshot;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<TopicVersion> find(UUID topicId, int version) {
        return findByIdOptional(new VersionKey(topicId, version));
    }
}
