package org.examsuite.grading;

import org.examsuite.devbroker.KafkaBrokerTestResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this service runs against one real Kafka broker started in the test JVM. */
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = false)
public class KafkaBroker {
}
