package org.examsuite.platform.security;

import java.security.Principal;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.examsuite.platform.problems.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * Who is calling, from the verified bearer token: the user is the token's {@code sub}, the roles
 * its {@code groups}. Resources ask this bean rather than the request, so that no user id is ever
 * taken from a request body or parameter for the caller's own data.
 */
@RequestScoped
public class CurrentUser {

    public static final String STUDENT = "student";
    public static final String TEACHER = "teacher";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    /** The caller's user id; 401 when the request carries no valid token. */
    public String id() {
        if (identity.isAnonymous()) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required", List.of());
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal.getName();
    }

    /** Teachers and admins see every student's data of their service. */
    public boolean isTeacher() {
        return identity.hasRole(TEACHER) || identity.hasRole(ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }
}
