package org.examsuite.quiz.domain;

import java.util.List;

import org.examsuite.platform.problems.ProblemException;

import jakarta.ws.rs.core.Response;

/**
 * 422 problems. Jakarta REST has no constant for 422, so {@code Response.Status.fromStatusCode(422)}
 * (which the platform's {@code ProblemException.unprocessable} relies on) yields null; this status
 * type stands in for it.
 */
public final class Unprocessable {

    private static final Response.StatusType STATUS = new Response.StatusType() {
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

    private Unprocessable() {
    }

    public static ProblemException because(String detail) {
        return new ProblemException(STATUS, "Request cannot be processed", detail, List.of());
    }
}
