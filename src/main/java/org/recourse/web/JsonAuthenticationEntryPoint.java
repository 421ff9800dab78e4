package org.recourse.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 (or 429 while locked out) with a JSON problem for API clients; no browser login prompt (no WWW-Authenticate realm dialog). */
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (e instanceof TooManyAttemptsException) {
            response.setStatus(429);
            response.getWriter().write("{\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\"too many failed attempts; try again later\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"log in or send credentials\"}");
    }
}
