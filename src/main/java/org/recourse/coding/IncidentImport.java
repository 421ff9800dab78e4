package org.recourse.coding;

import java.util.List;

/** One incident of a bulk import: its own fields and its acts. */
public record IncidentImport(IncidentForm incident, List<ActForm> acts) {

    public IncidentImport {
        acts = acts == null ? List.of() : List.copyOf(acts);
    }
}
