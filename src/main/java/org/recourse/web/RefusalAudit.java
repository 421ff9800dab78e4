package org.recourse.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.recourse.testimony.IdentityRegistry;
import org.recourse.testimony.PersonId;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Before the usual 403, audits a refused attempt to reveal or change a person's identity that the
 * permission matrix stopped (an analyst, publisher or viewer), the same way
 * {@link IdentityRegistry} audits the refusals it decides itself (an interviewer without access):
 * {@code decrypt-refused} or {@code identity-change-refused} on the person, never a value. A
 * missing or wrong CSRF token is not recorded: another site may have sent that request.
 */
final class RefusalAudit implements AccessDeniedHandler {

    /** An identity endpoint: method, path pattern, and whether it changes the identity. */
    private record Endpoint(String method, PathPattern pattern, boolean change) {

        Endpoint(String method, String pattern, boolean change) {
            this(method, new PathPatternParser().parse(pattern), change);
        }
    }

    private static final List<Endpoint> IDENTITY = List.of(
            new Endpoint("GET", "/api/persons/{id}/identity", false),
            new Endpoint("PUT", "/api/persons/{id}/identity", true),
            new Endpoint("POST", "/persons/{id}/identity/reveal", false),
            new Endpoint("POST", "/persons/{id}/identity", true));

    private final IdentityRegistry identities;
    private final AccessDeniedHandler delegate;

    RefusalAudit(IdentityRegistry identities, AccessDeniedHandler delegate) {
        this.identities = identities;
        this.delegate = delegate;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (!(e instanceof CsrfException)) {
            audit(request);
        }
        delegate.handle(request, response, e);
    }

    private void audit(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (Endpoint endpoint : IDENTITY) {
            if (!endpoint.method().equals(request.getMethod())) {
                continue;
            }
            Optional.ofNullable(endpoint.pattern().matchAndExtract(path)).map(m -> m.getUriVariables())
                    .flatMap(RefusalAudit::personId).ifPresent(id -> identities.refused(id, endpoint.change()));
        }
    }

    private static Optional<PersonId> personId(Map<String, String> variables) {
        try {
            return Optional.of(new PersonId(UUID.fromString(variables.get("id"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
