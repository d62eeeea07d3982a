package org.examsuite.content.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.Rubric;
import org.examsuite.events.content.RubricCriterion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reusable mark scheme. {@code version} grows with every change of its criteria. */
@Entity
@Table(name = "rubric")
public class RubricEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "pack_key", unique = true)
    public String packKey;

    public String name;

    public String description;

    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<RubricCriterion> criteria = new ArrayList<>();

    @jakarta.persistence.Version
    public long revision;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static RubricEntity findByPackKey(String packKey) {
        return find("packKey", packKey).firstResult();
    }

    public int maxMarks() {
        return criteria.stream().mapToInt(RubricCriterion::maxMarks).sum();
    }

    public Rubric toContract() {
        return new Rubric(id, version, name, List.copyOf(criteria));
    }
}
