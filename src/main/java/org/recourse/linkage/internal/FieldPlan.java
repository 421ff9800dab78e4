package org.recourse.linkage.internal;

/** A field with the type it is compared as; {@code distinct} counts its different values, {@code present} its non-missing ones. */
public record FieldPlan(String field, FieldType type, int distinct, int present) {

    /** Whether values mostly differ from record to record, so that agreeing on one is telling. */
    boolean identifying() {
        return distinct >= 0.25 * present;
    }
}
