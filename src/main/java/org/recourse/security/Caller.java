package org.recourse.security;

import java.util.Objects;

/**
 * Who is asking: the signed-in account's name and role. Module APIs that return records take
 * a caller and decide visibility themselves (restricted sources), so no screen or API can
 * forget to. {@link #SYSTEM} is for the application's own work (indexing, commands run by the
 * operator on the data folder), which sees everything.
 */
public record Caller(String username, Role role) {

    public static final Caller SYSTEM = new Caller("system", Role.ADMIN);

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** Administrators see every record, restricted or not. */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
