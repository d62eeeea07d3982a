package org.examsuite.platform.problems;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns every failure of a request into an RFC 9457 problem response, the same way in every
 * service. Unexpected errors are logged with a correlation id that the response also carries, and
 * their body says nothing of the cause (no stack trace, no SQL).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status().getStatusCode(), e.title(), e.getMessage(), uri, null, e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(Problem.FieldError::of)
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return respond(400, "Invalid request", detail, uri, null, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return respond(400, "Invalid request", "The value of " + field + " cannot be read", uri, null,
                    List.of(new Problem.FieldError(field, "cannot be read as the expected type")));
        }
        return respond(400, "Malformed request body", "The request body is not well-formed: " + e.getOriginalMessage(), uri, null, List.of());
    }

    /** Declared for the subtype too: Quarkus REST has a built-in mapper for it that answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "Unauthorized", "A valid bearer token is required", uri, null, List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "Your role does not allow this", uri, null, List.of());
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return respond(409, "Conflict", "The resource was changed by another request; read it again and retry",
                uri, null, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        return respond(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri, null, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (correlation id %s)", uri.getPath(), correlationId);
        return respond(500, "Internal Server Error",
                "The request failed on our side; quote the correlation id when reporting it", uri, correlationId, List.of());
    }

    private static Response respond(int status, String title, String detail, UriInfo uri, String correlationId,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), correlationId, errors);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (correlationId != null) {
            response.header("X-Correlation-Id", correlationId);
        }
        return response.build();
    }
}
