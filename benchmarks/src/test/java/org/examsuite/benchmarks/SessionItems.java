package org.examsuite.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a session as quiz-service returns it and writes an answer for each recall item in the shape
 * its type asks for. Right or wrong does not matter for the load; a well-formed answer does, since
 * quiz-service refuses a malformed one before doing the work being measured.
 */
final class SessionItems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionItems() {
    }

    record Answer(String itemId, String body) {
    }

    static List<Answer> answers(String sessionJson) {
        List<Answer> answers = new ArrayList<>();
        for (JsonNode item : read(sessionJson).path("items")) {
            String type = item.path("type").asText();
            if (!type.equals("ESSAY")) {
                answers.add(new Answer(item.path("id").asText(), JSON.valueToTree(answerTo(type, item)).toString()));
            }
        }
        return answers;
    }

    static String essayItemId(String sessionJson) {
        for (JsonNode item : read(sessionJson).path("items")) {
            if (item.path("type").asText().equals("ESSAY")) {
                return item.path("id").asText();
            }
        }
        throw new IllegalStateException("the session has no essay item: " + sessionJson);
    }

    /** Whether the essay item of a session shows a grade, i.e. quiz-service applied AssessmentGraded. */
    static boolean essayGraded(String sessionJson) {
        for (JsonNode item : read(sessionJson).path("items")) {
            if (item.path("type").asText().equals("ESSAY")) {
                return item.path("state").asText().equals("GRADED");
            }
        }
        return false;
    }

    private static ObjectNode answerTo(String type, JsonNode item) {
        ObjectNode answer = JSON.createObjectNode();
        switch (type) {
            case "SINGLE_CHOICE" -> answer.put("optionId", item.path("options").get(0).path("id").asText());
            case "MULTIPLE_CHOICE" -> answer.putArray("optionIds").add(item.path("options").get(0).path("id").asText());
            case "TRUE_FALSE" -> answer.put("value", true);
            case "SHORT_ANSWER" -> answer.put("text", "the Five-Year Plans");
            case "ORDERING" -> item.path("items").forEach(entry -> answer.withArrayProperty("order").add(entry.path("id").asText()));
            case "MATCHING" -> {
                ObjectNode matches = answer.putObject("matches");
                for (int i = 0; i < item.path("lefts").size(); i++) {
                    matches.put(item.path("lefts").get(i).path("id").asText(), item.path("rights").get(i).path("id").asText());
                }
            }
            case "CLOZE" -> item.path("gaps").forEach(gap -> answer.withObjectProperty("gaps").put(gap.asText(), "Stalin"));
            default -> throw new IllegalStateException("a question type the benchmark cannot answer: " + type);
        }
        return answer;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
