package org.recourse.coding;

import java.util.List;
import java.util.Optional;
import org.recourse.testimony.PersonId;

/** One violation within an incident, against one victim (who may be unrecorded), by its perpetrators. */
public record Act(ActId id, IncidentId incidentId, String violation, Optional<PersonId> victimId, List<Involvement> involvements) {

    public Act {
        involvements = List.copyOf(involvements);
    }
}
