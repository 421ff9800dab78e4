package org.recourse.testimony;

import java.time.Instant;
import java.util.Set;

/**
 * A person as everyone sees them: a stable pseudonym and coarse attributes only (gender,
 * age band such as "40s", occupation, period of departure, province of origin). Identifying
 * fields are not part of this view.
 */
public record Person(PersonId id, String pseudonym, Set<PersonRole> roles, String gender, String ageBand,
        String occupation, String departurePeriod, String province, Instant createdAt) {

    public Person {
        roles = Set.copyOf(roles);
    }

    /** "a former trader in her 40s": the descriptor reports may print. */
    public String descriptor() {
        StringBuilder sb = new StringBuilder();
        if (!occupation.isBlank()) {
            sb.append(occupation);
        }
        if (!ageBand.isBlank()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(ageBand);
        }
        if (!gender.isBlank()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(gender);
        }
        return sb.toString();
    }
}
