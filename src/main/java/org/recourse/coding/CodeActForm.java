package org.recourse.coding;

import java.util.List;

/**
 * Codes a passage as an act: of the incident {@code incidentId}, or, when that is blank, of a
 * new incident described by {@code newIncident}. The passage is [start, end) of the
 * testimony's {@code part} ("body" or "translation").
 */
public record CodeActForm(String incidentId, IncidentForm newIncident, String testimonyId, String part, Integer start,
        Integer end, String violation, String victimId, List<PerpetratorForm> perpetrators) {

    public CodeActForm {
        perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
    }
}
