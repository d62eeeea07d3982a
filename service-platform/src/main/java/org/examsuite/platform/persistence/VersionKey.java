package org.examsuite.platform.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * The key of one version of a published aggregate (a topic, an essay question): its id and version
 * number. Entities name the id column with {@code @AttributeOverride(name = "id", ...)}.
 */
@Embeddable
public class VersionKey implements Serializable {

    public UUID id;
    public int version;

    public VersionKey() {
    }

    public VersionKey(UUID id, int version) {
        this.id = id;
        this.version = version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionKey key && id.equals(key.id) && version == key.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }
}
