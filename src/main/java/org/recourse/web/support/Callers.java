package org.recourse.web.support;

import org.recourse.security.Caller;
import org.recourse.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in account as the module APIs want it: name and role (the least role when none is found). */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Authentication auth) {
        Role role = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring(5))
                .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                .findFirst().orElse(Role.VIEWER);
        return new Caller(auth.getName(), role);
    }
}
