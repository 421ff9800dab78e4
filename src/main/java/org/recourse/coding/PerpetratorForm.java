package org.recourse.coding;

/** One perpetrator as entered: a perpetrator-type code, an optional person id, a role name (default direct). */
public record PerpetratorForm(String type, String personId, String role) {
}
