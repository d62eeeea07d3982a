package org.examsuite.content.search;

import org.examsuite.content.domain.TopicStatus;
import org.examsuite.content.persistence.Topic;
import org.examsuite.content.persistence.TopicVersion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Fills the search index from the published versions when the service starts. */
@ApplicationScoped
public class SearchIndexLoader {

    @Inject
    SearchIndex index;

    void onStart(@Observes @Priority(1) StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> Topic.<Topic>stream("status", TopicStatus.PUBLISHED)
                .forEach(topic -> TopicVersion.find(topic.id, topic.publishedVersion).ifPresent(v -> index.index(v.snapshot))));
    }
}
