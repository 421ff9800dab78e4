package org.recourse.coding;

import java.util.List;

/** An incident with everything coded on it. */
public record IncidentDetail(Incident incident, List<Act> acts, List<Passage> passages, List<Response> responses) {
}
