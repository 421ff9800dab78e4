package org.recourse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.recourse.security.ApiTokens;
import org.recourse.security.LoginGuard;
import org.recourse.security.TokenIdentity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer rct_...} on the API: a valid personal access token authenticates
 * the request with the token's role (not the owner's). A wrong, revoked or expired token is a 401
 * and counts as a failure of the client address.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private final ApiTokens tokens;
    private final LoginGuard guard;
    private final JsonAuthenticationEntryPoint entryPoint = new JsonAuthenticationEntryPoint();

    BearerTokenFilter(ApiTokens tokens, LoginGuard guard) {
        this.tokens = tokens;
        this.guard = guard;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        if (guard.check(null, address) != LoginGuard.Verdict.ALLOWED) {
            entryPoint.commence(request, response, new TooManyAttemptsException());
            return;
        }
        var identity = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (identity.isEmpty()) {
            guard.failed(null, address);
            entryPoint.commence(request, response, new org.springframework.security.authentication.BadCredentialsException("token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(identity.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static UsernamePasswordAuthenticationToken authentication(TokenIdentity id) {
        return UsernamePasswordAuthenticationToken.authenticated(id.username(), null,
                List.of(new SimpleGrantedAuthority(id.role().authority())));
    }
}
