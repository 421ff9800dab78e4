package org.recourse.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (400) a request whose query or form parameters hold the NUL character (U+0000). No
 * field has a use for it, and PostgreSQL cannot store it in text at all: without this a server
 * installation answered such a value with a 500 from the database, while SQLite stored it. Names
 * and values are never logged. JSON bodies get the same rule from the API's JSON mapper.
 */
public final class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsNul(request.getParameterMap())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean holdsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (p.getKey().indexOf('\u0000') >= 0) {
                return true;
            }
            for (String v : p.getValue()) {
                if (v != null && v.indexOf('\u0000') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
