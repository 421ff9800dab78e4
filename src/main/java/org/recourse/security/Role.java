package org.recourse.security;

/** What an account may do; the permission matrix is in docs/SECURITY.md. */
public enum Role {
    ADMIN, INTERVIEWER, ANALYST, PUBLISHER, VIEWER;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
