package org.recourse.testimony;

import java.util.Set;

/** A new person as entered. Roles by name (INTERVIEWEE, VICTIM, WITNESS, PERPETRATOR). */
public record PersonForm(String pseudonym, Set<String> roles, String gender, String ageBand, String occupation,
        String departurePeriod, String province) {

    public PersonForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
