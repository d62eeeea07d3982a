package org.examsuite.grading;

import org.examsuite.devbroker.KafkaBrokerTestResource;
import org.examsuite.testsupport.JwtTestResource;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this service runs against one real Kafka broker started in the test JVM, and
 * trusts the bearer tokens that {@link org.examsuite.testsupport.TestTokens} signs.
 */
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtTestResource.class, restrictToAnnotatedClass = false)
public class TestResources {
}
