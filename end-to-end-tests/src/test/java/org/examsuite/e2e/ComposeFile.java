package org.examsuite.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** docker-compose.yml and .env.example as the deployment sees them, with ${VAR} resolved from .env.example. */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    final Path root;
    final JsonNode compose;
    final Properties env = new Properties();

    ComposeFile(Path root) {
        this.root = root;
        try {
            compose = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile());
            try (var in = Files.newBufferedReader(root.resolve(".env.example"))) {
                env.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComposeFile ofRepository() {
        return new ComposeFile(Path.of(System.getProperty("suite.root", "..")));
    }

    JsonNode service(String name) {
        JsonNode service = compose.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** The environment Compose gives the service, variables resolved as with the example .env file. */
    Map<String, String> environment(String name) {
        Map<String, String> resolved = new LinkedHashMap<>();
        service(name).path("environment").fields().forEachRemaining(e -> resolved.put(e.getKey(), resolve(e.getValue().asText())));
        return resolved;
    }

    String resolve(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            if (!env.containsKey(variable)) {
                throw new AssertionError("${" + variable + "} is used in docker-compose.yml but not set in .env.example");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(env.getProperty(variable)));
        }
        return matcher.appendTail(out).toString();
    }
}
