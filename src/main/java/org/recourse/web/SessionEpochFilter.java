package org.recourse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.recourse.security.Accounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Log out everywhere" without a session registry: every signed-in session carries the account's
 * session epoch from its login; the epoch in the database grows on "log out everywhere", password
 * changes and resets, role changes and disabling. A session whose epoch is no longer current (or
 * whose account is disabled or gone) is ended on its next request, on any device.
 */
class SessionEpochFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    SessionEpochFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() || session == null) {
            chain.doFilter(request, response);
            return;
        }
        var current = accounts.sessionEpoch(auth.getName());
        if (current.isPresent() && current.get().equals(session.getAttribute(SignIn.EPOCH))) {
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?ended");
    }
}
