package org.examsuite.platform.security;

import java.util.List;

import org.examsuite.platform.problems.ProblemException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Who is calling, for the resources that keep a student's data to that student. Until bearer
 * tokens are in place (the identity issue) the caller names themselves in the {@code X-User-Id}
 * and {@code X-User-Role} headers; callers of this bean do not change when tokens replace them.
 */
@RequestScoped
public class CurrentUser {

    public static final String USER_HEADER = "X-User-Id";
    public static final String ROLE_HEADER = "X-User-Role";

    @Inject
    HttpHeaders headers;

    /** The caller's user id; 401 when the request names nobody. */
    public String id() {
        String id = headers.getHeaderString(USER_HEADER);
        if (id == null || id.isBlank()) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "Unauthorized",
                    "The request does not say who is calling", List.of());
        }
        return id.trim();
    }

    public boolean isTeacher() {
        String role = headers.getHeaderString(ROLE_HEADER);
        return "teacher".equalsIgnoreCase(role) || "admin".equalsIgnoreCase(role);
    }
}
