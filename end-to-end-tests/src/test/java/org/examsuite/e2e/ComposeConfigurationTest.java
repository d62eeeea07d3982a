package org.examsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.examsuite.events.KafkaTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so its agreement with the code is
 * checked instead: every variable Compose sets is one the service reads, nothing required is
 * missing, and ports, health checks, routes and topics match what the services and the event
 * contracts say.
 */
class ComposeConfigurationTest {

    private static final Set<String> REQUIRED = Set.of("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

    private final ComposeFile compose = ComposeFile.ofRepository();

    @ParameterizedTest
    @ValueSource(strings = {"content-service", "quiz-service", "grading-service"})
    void everyVariableComposeSetsIsReadByTheServiceAndNoneRequiredIsMissing(String service) throws IOException {
        Properties config = applicationProperties(service);
        Set<String> readable = config.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("%"))
                .map(key -> key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, String> environment = compose.environment(service);
        assertThat(readable).as("settings of %s that docker-compose.yml sets", service).containsAll(environment.keySet());
        assertThat(environment.keySet()).as("settings %s needs in production", service).containsAll(REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-service", "quiz-service", "grading-service"})
    void portHealthCheckAndImageBuildMatchTheService(String service) throws IOException {
        String port = applicationProperties(service).getProperty("quarkus.http.port");
        JsonNode definition = compose.service(service);
        assertThat(compose.environment(service)).containsEntry("QUARKUS_HTTP_PORT", port);
        assertThat(definition.path("build").path("args").path("PORT").asText()).isEqualTo(port);
        assertThat(definition.path("build").path("args").path("SERVICE").asText()).isEqualTo(service);
        assertThat(definition.path("healthcheck").path("test").toString())
                .contains("/dev/tcp/127.0.0.1/" + port).contains("/q/health/ready");
        assertThat(definition.has("ports")).as("%s is reached through the gateway, not a host port", service).isFalse();
        assertThat(definition.has("container_name")).as("%s must scale", service).isFalse();
        assertThat(Files.readString(compose.root.resolve("deploy/nginx/nginx.conf")))
                .contains("http://" + service + ":" + port + ";");
    }

    @org.junit.jupiter.api.Test
    void theInitStepCreatesExactlyTheContractsTopicsWithTheirPartitions() throws IOException {
        String script = Files.readString(compose.root.resolve("deploy/kafka/create-topics.sh"));
        Set<String> created = Pattern.compile("([a-z.-]+):(\\d+)").matcher(script.substring(script.indexOf("TOPICS=")))
                .results().map(r -> r.group(1) + ":" + r.group(2)).collect(Collectors.toSet());
        Set<String> contract = Arrays.stream(KafkaTopic.values()).map(t -> t.topicName() + ":" + t.partitions())
                .collect(Collectors.toSet());
        assertThat(created).isEqualTo(contract);
        assertThat(compose.service("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
    }

    private Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        Path file = compose.root.resolve(service).resolve("src/main/resources/application.properties");
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
