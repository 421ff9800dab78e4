package org.recourse.coding;

/** What coding a passage created. */
public record CodedAct(IncidentId incidentId, ActId actId, PassageId passageId) {
}
