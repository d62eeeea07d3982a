package org.examsuite.quiz.api;

import org.examsuite.platform.problems.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A value of the wrong type (a string where a boolean is due, an unknown mode) raises a
 * MismatchedInputException, for which Quarkus has a mapper of its own that is more specific than
 * the platform's JsonProcessingException mapper and answers in its own format. This hands such
 * faults back to the platform, so they too are problem responses naming the field.
 */
public class UnreadableBodies {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return problems.unreadable(e, uri);
    }
}
