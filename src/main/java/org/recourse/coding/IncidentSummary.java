package org.recourse.coding;

import java.util.Set;

/** An incident as a row of a list: its violation and perpetrator types and how much supports it. */
public record IncidentSummary(Incident incident, Set<String> violations, Set<String> perpetrators, int acts, int passages,
        int sources) {

    public IncidentSummary {
        violations = Set.copyOf(violations);
        perpetrators = Set.copyOf(perpetrators);
    }
}
