package org.recourse.coding;

/** An incident, its acts or passages changed; published for the search index. */
public record IncidentChanged(IncidentId id) {
}
