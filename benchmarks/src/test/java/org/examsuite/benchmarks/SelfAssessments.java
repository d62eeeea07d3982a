package org.examsuite.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A student's self-assessment of an assessment as grading-service shows it: every criterion once. */
final class SelfAssessments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SelfAssessments() {
    }

    /** The middle level of each criterion's rubric, with a justification. */
    static String midBandFor(String assessmentJson) {
        try {
            JsonNode criteria = JSON.readTree(assessmentJson).path("rubric").path("criteria");
            ObjectNode body = JSON.createObjectNode();
            ArrayNode grades = body.putArray("criteria");
            for (JsonNode criterion : criteria) {
                JsonNode levels = criterion.path("levels");
                grades.addObject().put("criterionKey", criterion.path("key").asText())
                        .put("level", levels.get(levels.size() / 2).path("level").asInt())
                        .put("justification", "My plan covers some factors with dates, but the judgement is thin.");
            }
            return body.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
