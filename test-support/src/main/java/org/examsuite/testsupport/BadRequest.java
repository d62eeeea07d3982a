package org.examsuite.testsupport;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * One row of a service's bad-input table: a request that must be refused with an RFC 9457 problem
 * response and change nothing in the database. It carries a valid token of a role the endpoint
 * admits, so that the refusal is about the input and not about the caller.
 * <p>
 * The rows of a table are listed before the test's fixture exists, so path, user, headers and body
 * may name fixture values as placeholders ({@code {topic}}, {@code {owner}} ...), filled in when the
 * row runs. The path goes out as it is written, without URL encoding, so that a row can hold any
 * escape ({@code /students/%20}).
 */
public record BadRequest(String method, String path, String user, String role, Map<String, String> headers,
        String contentType, String body, String fault, int status, List<String> fields, String detail) {

    public static final String PROBLEM = "application/problem+json";
    public static final String JSON = "application/json";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)}");

    public static BadRequest post(String path) {
        return to("POST", path);
    }

    public static BadRequest put(String path) {
        return to("PUT", path);
    }

    public static BadRequest delete(String path) {
        return to("DELETE", path);
    }

    public static BadRequest to(String method, String path) {
        return new BadRequest(method, path, null, null, Map.of(), null, null, null, 0, List.of(), null);
    }

    public BadRequest as(String user, String role) {
        return new BadRequest(method, path, user, role, headers, contentType, body, fault, status, fields, detail);
    }

    public BadRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new BadRequest(method, path, user, role, Map.copyOf(more), contentType, body, fault, status, fields, detail);
    }

    /** A JSON body, sent as it is written: it may be malformed on purpose. */
    public BadRequest json(String json) {
        return body(JSON, json);
    }

    /** The content type alone, with no body. */
    public BadRequest emptyBody(String type) {
        return body(type, null);
    }

    public BadRequest body(String type, String content) {
        return new BadRequest(method, path, user, role, headers, type, content, fault, status, fields, detail);
    }

    /** What is wrong with the request, as the table shows it. */
    public BadRequest fault(String description) {
        return new BadRequest(method, path, user, role, headers, contentType, body, description, status, fields, detail);
    }

    /** The status expected, and for an invalid request every field the problem must name (no more, no fewer). */
    public BadRequest refused(int expectedStatus, String... fieldsAtFault) {
        return new BadRequest(method, path, user, role, headers, contentType, body, fault, expectedStatus,
                List.of(fieldsAtFault), detail);
    }

    /** Words the problem's detail must contain, where they are what tells the client how to put it right. */
    public BadRequest saying(String words) {
        return new BadRequest(method, path, user, role, headers, contentType, body, fault, status, fields, words);
    }

    /**
     * The refusals every endpoint taking a JSON body owes, whatever the body should hold: malformed
     * JSON, no body, an array for an object, plain text (415) and a body over the size limit (413),
     * for which the fixture's {padding} must be longer than the limit (see {@link #paddingOver}).
     */
    public Stream<BadRequest> jsonBodyRefusals() {
        return Stream.of(
                json("{\"title\": ").fault("malformed JSON").refused(400),
                emptyBody(JSON).fault("no body").refused(400),
                json("[]").fault("an array instead of an object").refused(400),
                body("text/plain", "title=Rise").fault("plain text").refused(415),
                json("{\"title\": \"{padding}\"}").fault("a body over the size limit").refused(413));
    }

    /** A {padding} for {@link #jsonBodyRefusals}: one byte more than the body size limit. */
    public static String paddingOver(long limitInBytes) {
        return "x".repeat(Math.toIntExact(limitInBytes + 1));
    }

    /**
     * Sends the request with the fixture's values in place of its placeholders, asserts the problem
     * response, and asserts that the database is as it was before.
     */
    public void assertRefusedAndChangesNothing(Map<String, String> fixture, Supplier<DatabaseSnapshot> database) {
        DatabaseSnapshot before = database.get();
        Response response = send(fixture);
        assertProblem(response);
        database.get().assertUnchangedSince(before);
    }

    public Response send(Map<String, String> fixture) {
        RequestSpecification request = TestTokens.as(filled(user, fixture), role).urlEncodingEnabled(false);
        headers.forEach((name, value) -> request.header(name, filled(value, fixture)));
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.body(filled(body, fixture).getBytes(StandardCharsets.UTF_8));
        }
        return request.request(method, filled(path, fixture));
    }

    private void assertProblem(Response response) {
        if (response.statusCode() != status) {
            throw new AssertionError(this + ": expected " + status + " but got " + response.statusCode() + " "
                    + response.contentType() + " " + response.asString());
        }
        ValidatableResponse problem = response.then().contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()));
        if (!fields.isEmpty()) {
            problem.body("errors.field", containsInAnyOrder(fields.toArray()));
        }
        if (detail != null) {
            problem.body("detail", containsString(detail));
        }
    }

    /** Replaces each {name} the fixture knows; JSON braces are left alone, as no placeholder starts with a quote. */
    private static String filled(String template, Map<String, String> fixture) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = fixture.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("The fixture has no value for " + matcher.group() + " in " + template);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    @Override
    public String toString() {
        return method + " " + path + ": " + fault + " -> " + status;
    }
}
