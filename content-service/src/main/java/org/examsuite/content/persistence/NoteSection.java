package org.examsuite.content.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.examsuite.events.content.KeyPoint;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "note_section")
public class NoteSection extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    public int position;

    @Column(name = "pack_key")
    public String packKey;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_points")
    public List<KeyPoint> keyPoints = new ArrayList<>();
}
