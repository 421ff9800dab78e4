package org.recourse.testimony;

import java.util.List;

/** Whether a source is restricted, and the users named on it (administrators always see it). */
public record SourceRestriction(SourceId sourceId, boolean restricted, List<String> named) {

    public SourceRestriction {
        named = List.copyOf(named);
    }
}
