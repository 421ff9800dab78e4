package org.recourse.coding;

import java.util.Optional;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.TestimonyId;

/**
 * The exact span of a testimony that supports an incident (and possibly one act of it):
 * [start, end) in UTF-16 code units of the testimony's part ("body" or "translation"),
 * which is what browsers count too. {@code quoted} is the text of the span when it was coded.
 */
public record Passage(PassageId id, IncidentId incidentId, Optional<ActId> actId, TestimonyId testimonyId, SourceId sourceId,
        String part, int start, int end, String quoted) {
}
