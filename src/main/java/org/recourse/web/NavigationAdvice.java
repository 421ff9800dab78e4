package org.recourse.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the page layout which menu entries the signed-in role may open ({@code may}), so a
 * viewer is not offered pages that would answer 403. Decided by {@link AccessRules}, like the
 * requests themselves; hiding a link is a courtesy, the filter chain is the protection.
 */
@ControllerAdvice(basePackages = "org.recourse.web.pages")
class NavigationAdvice {

    static final List<String> MENU = List.of("/search", "/testimonies", "/incidents", "/sources", "/persons", "/review",
            "/estimates", "/reports", "/exchange", "/vocabulary");

    @ModelAttribute("may")
    Set<String> may() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        Set<String> authorities = auth.getAuthorities().stream().map(a -> a.getAuthority()).collect(Collectors.toSet());
        return MENU.stream().filter(path -> java.util.Arrays.stream(Role.values())
                .anyMatch(r -> authorities.contains(r.authority())
                        && AccessRules.capabilityFor(HttpMethod.GET, path).allows(r)))
                .collect(Collectors.toSet());
    }
}
