package org.examsuite.grading.persistence;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What this service knows of a topic: its newest published version and whether it was retracted.
 * A topic is retracted while its retracted version is at least its newest published one, so a
 * retraction that overtakes its publication still holds, and a later publication lifts it.
 */
@Entity
@Table(name = "essay_topic")
public class EssayTopic extends PanacheEntityBase {

    @Id
    public UUID id;

    public String subject;

    /** Null while only a retraction has been seen. */
    public String title;

    /** 0 while only a retraction has been seen. */
    @Column(name = "latest_version")
    public int latestVersion;

    /** 0 when never retracted. */
    @Column(name = "retracted_version")
    public int retractedVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean retracted() {
        return retractedVersion > 0 && retractedVersion >= latestVersion;
    }
}
