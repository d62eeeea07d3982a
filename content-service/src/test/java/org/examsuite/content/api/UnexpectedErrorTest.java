package org.examsuite.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An unexpected failure answers 500 with a correlation id and nothing of its cause. */
@QuarkusTest
class UnexpectedErrorTest {

    /** Fails the way a bug would, with internals in its message. */
    @Path("/test-only/failing")
    @PermitAll
    public static class FailingResource {
        @GET
        public String fail() {
            throw new IllegalStateException("SELECT password FROM users WHERE id = 42 failed at org.examsuite.Secret");
        }
    }

    @Test
    void theBodySaysNothingOfTheCauseAndCarriesTheCorrelationIdOfTheLog() {
        Response response = RestAssured.given().get("/test-only/failing");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        String body = response.asString();
        assertThat(body).doesNotContain("SELECT", "password", "org.examsuite", "Exception", "\tat ");
        String correlationId = response.jsonPath().getString("correlationId");
        assertThat(correlationId).isNotBlank().isEqualTo(response.header("X-Correlation-Id"));
    }
}
