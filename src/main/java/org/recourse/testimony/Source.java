package org.recourse.testimony;

import java.time.Instant;
import org.recourse.shared.FuzzyDate;

/** A source with its provenance: who obtained it, when and how, and how reliable it is. */
public record Source(SourceId id, SourceKind kind, String title, String obtainedBy, FuzzyDate obtainedOn,
        String howObtained, Reliability reliability, String notes, Instant createdAt) {
}
