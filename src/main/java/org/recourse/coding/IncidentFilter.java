package org.recourse.coding;

import java.util.Optional;
import org.recourse.testimony.SourceId;

/**
 * Which incidents to list. Term filters include narrower terms (a filter on "official"
 * finds police and guards). Years select incidents whose date may fall in the period.
 */
public record IncidentFilter(Optional<String> violation, Optional<String> perpetrator, Optional<String> locationType,
        Optional<String> country, Optional<Integer> fromYear, Optional<Integer> toYear, Optional<SourceId> source) {

    public static final IncidentFilter ALL = new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
