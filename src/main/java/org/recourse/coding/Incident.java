package org.recourse.coding;

import java.time.Instant;
import org.recourse.shared.FuzzyDate;

/** One event, as coded. */
public record Incident(IncidentId id, String title, String summary, FuzzyDate date, Location location, Instant createdAt) {
}
