package org.examsuite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for tests, signed with an RSA key pair made when the test JVM starts. The service
 * under test trusts the public half through {@link JwtTestResource}; a second pair stands for a
 * stranger whose signatures must be refused.
 */
public final class TestTokens {

    public static final String ISSUER = "https://examsuite.test/issuer";
    private static final KeyPair TRUSTED = generate();
    private static final KeyPair STRANGER = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestTokens() {
    }

    public static String token(String userId, String... groups) {
        return Jwt.issuer(ISSUER).subject(userId).upn(userId).groups(Set.of(groups))
                .expiresIn(Duration.ofHours(1)).sign(TRUSTED.getPrivate());
    }

    public static String expired(String userId, String... groups) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return Jwt.issuer(ISSUER).subject(userId).groups(Set.of(groups))
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(5))).sign(TRUSTED.getPrivate());
    }

    public static String signedByStranger(String userId, String... groups) {
        return Jwt.issuer(ISSUER).subject(userId).groups(Set.of(groups))
                .expiresIn(Duration.ofHours(1)).sign(STRANGER.getPrivate());
    }

    /** A request as the given user, carrying their token. */
    public static RequestSpecification as(String userId, String... groups) {
        return RestAssured.given().auth().oauth2(token(userId, groups));
    }

    public static RequestSpecification asStudent(String userId) {
        return as(userId, "student");
    }

    public static RequestSpecification asTeacher(String userId) {
        return as(userId, "teacher");
    }

    /** The PEM file of the trusted public key, for services started outside Quarkus tests. */
    public static Path publicKeyFile() {
        return PUBLIC_KEY;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("examsuite-test-jwt-", ".pem");
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
