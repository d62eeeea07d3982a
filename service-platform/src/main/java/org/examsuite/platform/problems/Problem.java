package org.examsuite.platform.problems;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** An RFC 9457 problem details body, with the fields at fault for validation problems. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance,
        String correlationId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {

        /**
         * The field of a violation as the client wrote it ("points[0].evidence", "boards[1]"): without
         * the resource method and parameter a path starts with, which mean nothing to a client, and
         * without Bean Validation's "&lt;list element&gt;" nodes. A constraint on a parameter itself
         * (a query or path parameter, a missing body) is named by the parameter.
         */
        public static FieldError of(ConstraintViolation<?> violation) {
            StringBuilder field = new StringBuilder();
            String parameter = null;
            for (Path.Node node : violation.getPropertyPath()) {
                switch (node.getKind()) {
                    case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                    }
                    case PARAMETER -> parameter = node.getName();
                    default -> append(field, node);
                }
            }
            return new FieldError(field.isEmpty() && parameter != null ? parameter : field.toString(), violation.getMessage());
        }

        private static void append(StringBuilder field, Path.Node node) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
    }
}
