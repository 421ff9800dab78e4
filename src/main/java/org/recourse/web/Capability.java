package org.recourse.web;

import static org.recourse.security.Role.ADMIN;
import static org.recourse.security.Role.ANALYST;
import static org.recourse.security.Role.INTERVIEWER;
import static org.recourse.security.Role.PUBLISHER;
import static org.recourse.security.Role.VIEWER;

import java.util.EnumSet;
import java.util.Set;
import org.recourse.security.Role;

/**
 * The rows of the permission matrix in docs/SECURITY.md ("Roles and permissions"): what a
 * role may do, named for people. {@link AccessRules} maps each endpoint to one of these.
 * ADMIN holds every capability; a test keeps this enum and the table in the doc equal.
 */
enum Capability {
    SIGNED_IN("Own account (password), the API description, the denied page", ADMIN, INTERVIEWER, ANALYST, PUBLISHER, VIEWER),
    READ_AGGREGATES("Home, estimates page, report page (suppressed counts, cleared quotes)", ADMIN, INTERVIEWER, ANALYST,
            PUBLISHER, VIEWER),
    READ_VOCABULARY("Read the thesauri", ADMIN, INTERVIEWER, ANALYST, PUBLISHER, VIEWER),
    READ_RECORDS("Read sources, testimonies, passages, persons (pseudonymised), incidents", ADMIN, INTERVIEWER, ANALYST,
            PUBLISHER),
    SEARCH("Search passages", ADMIN, INTERVIEWER, ANALYST, PUBLISHER),
    RECORD_TESTIMONY("Record sources and testimonies", ADMIN, INTERVIEWER),
    RECORD_PERSONS("Record persons, consents, withdrawals", ADMIN, INTERVIEWER),
    CODE_INCIDENTS("Code and edit incidents, acts, responses", ADMIN, INTERVIEWER, ANALYST),
    REVIEW_LINKS("Review queue: link, reject, undo", ADMIN, ANALYST),
    RUN_ESTIMATES("Run estimates (upload, from the collection)", ADMIN, ANALYST, PUBLISHER),
    PRODUCE_REPORTS("Produce reports (PDF)", ADMIN, PUBLISHER),
    EXPORT("Exchange page and export", ADMIN, PUBLISHER),
    IMPORT("Import files", ADMIN),
    EDIT_VOCABULARY("Edit the thesauri", ADMIN),
    RESTRICT_SOURCES("Restrict a source to named users", ADMIN),
    ADMINISTER("Everything not listed (deny by default)", ADMIN);

    private final String description;
    private final Set<Role> roles;

    Capability(String description, Role first, Role... rest) {
        this.description = description;
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    String description() {
        return description;
    }

    Set<Role> roles() {
        return roles;
    }

    boolean allows(Role role) {
        return roles.contains(role);
    }

    String[] roleNames() {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }
}
