package org.recourse.linkage;

/**
 * How one field spoke for or against a match: the agreement level found ("exact",
 * "jaro-winkler>=0.92", "missing") and its match weight in bits (log2 of m/u, Splink's
 * convention): positive for, negative against, 0 when a value was missing.
 */
public record FieldEvidence(String field, String level, double weight) {
}
