package org.examsuite.content.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.content.persistence.Topic;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Loads the demo content pack and publishes its topics on the first start of an empty database. A
 * later start finds the topics and does nothing, so the demo is never duplicated.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    @ConfigProperty(name = "content.demo-pack.enabled")
    boolean enabled;

    @ConfigProperty(name = "content.demo-pack.resource")
    String resource;

    @Inject
    ObjectMapper json;

    @Inject
    ContentPacks packs;

    @Inject
    TopicPublication publication;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        ContentPack pack = read();
        boolean alreadyLoaded = QuarkusTransaction.requiringNew().call(() ->
                pack.topics().stream().allMatch(t -> Topic.findByPackKey(t.key()) != null));
        if (alreadyLoaded) {
            LOG.infof("Demo content pack %s is loaded already", resource);
            return;
        }
        ImportReport report = packs.importPack(pack);
        report.entries().stream()
                .filter(e -> e.kind() == ImportReport.Kind.TOPIC && e.outcome() == ImportReport.Outcome.CREATED)
                .forEach(e -> publication.publish(e.id()));
        LOG.infof("Loaded and published the demo content pack %s: %d created", resource, report.count(ImportReport.Outcome.CREATED));
    }

    private ContentPack read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo content pack " + resource + " is not on the class path");
            }
            return json.readValue(in, ContentPack.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
