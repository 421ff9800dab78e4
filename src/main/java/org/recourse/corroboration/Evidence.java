package org.recourse.corroboration;

/**
 * What one field said about a pair: the agreement level ("exact", "within 1 year",
 * "jaccard>=0.5", "missing") and its weight in bits, positive for a match, negative against.
 */
public record Evidence(String field, String level, double weight) {
}
