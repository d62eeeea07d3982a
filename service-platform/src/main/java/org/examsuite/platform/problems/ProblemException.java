package org.examsuite.platform.problems;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** A request the domain refuses, with the status and words the client should see. */
public class ProblemException extends RuntimeException {

    private final Response.StatusType status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(Response.StatusType status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Response.Status.NOT_FOUND, "Not found", what + " " + id + " does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, "Conflict", detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(Response.Status.BAD_REQUEST, "Invalid request", detail, errors);
    }

    /** 422: the request is well formed but the state of the resource does not allow it. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(UNPROCESSABLE_CONTENT, "Request cannot be processed", detail, List.of());
    }

    /** Jakarta REST's Status enum has no 422 (RFC 9110 "Unprocessable Content"). */
    private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public Response.StatusType status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
