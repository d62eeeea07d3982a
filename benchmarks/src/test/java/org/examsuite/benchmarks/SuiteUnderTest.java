package org.examsuite.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The suite as ./suite runs it: where its services listen and how a user proves who they are. Tokens
 * are signed with the local run's key (.suite/keys), as `./suite token` does, and minted before the
 * load starts so that signing does not compete with the services for the CPU during a measurement.
 */
final class SuiteUnderTest {

    static final String CONTENT = System.getProperty("benchmark.content", "http://127.0.0.1:8081");
    static final String QUIZ = System.getProperty("benchmark.quiz", "http://127.0.0.1:8082");
    static final String GRADING = System.getProperty("benchmark.grading", "http://127.0.0.1:8083");
    /** Must equal mp.jwt.verify.issuer of the services' local run. */
    private static final String ISSUER = "https://examsuite.local/dev";
    private static final Path SIGNING_KEY = Path.of(System.getProperty("benchmark.signing-key", "../.suite/keys/jwt-private.pem"));
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteUnderTest() {
    }

    record Student(String id, String token) {
    }

    /** Distinct students for one run, so that no two virtual users share sessions or assessments. */
    static List<Student> students(String run, int count) {
        PrivateKey key = signingKey();
        List<Student> students = new ArrayList<>(count);
        IntStream.range(0, count).forEach(n -> {
            String id = "bench-" + run + "-" + n;
            students.add(new Student(id, token(id, key)));
        });
        return students;
    }

    private static String token(String studentId, PrivateKey key) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(studentId);
        claims.setClaim("upn", studentId);
        claims.setStringListClaim("groups", "student");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(TOKEN_LIFETIME.toMinutes());
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo pack's topic, which every scenario practises on. */
    static String demoTopicId() {
        JsonNode topics = get(QUIZ + "/catalog/topics", token("bench-catalog-probe", signingKey()));
        for (JsonNode topic : topics.path("items")) {
            if (topic.path("title").asText().startsWith("Stalin's Russia")) {
                return topic.path("id").asText();
            }
        }
        throw new IllegalStateException("the demo topic is not in quiz-service's catalog: is the suite up (./suite up)?");
    }

    private static JsonNode get(String url, String token) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the suite is not reachable at " + url + " (./suite up)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey signingKey() {
        try {
            String pem = Files.readString(SIGNING_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("no signing key at " + SIGNING_KEY.toAbsolutePath() + ": run ./suite up first", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
