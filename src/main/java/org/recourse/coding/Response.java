package org.recourse.coding;

import java.util.UUID;

/** What happened when an incident was reported, or why it was not (a response code and the words). */
public record Response(UUID id, IncidentId incidentId, String response, String description) {
}
