package org.recourse.linkage.internal;

/**
 * A field with the type it is compared as; {@code distinct} counts its different values within
 * each source, summed (a value in both files of a linkage counts twice), {@code pooled} its
 * different values over all records together, {@code present} its non-missing ones.
 */
public record FieldPlan(String field, FieldType type, int distinct, int present, int pooled) {

    /** A field of one source (deduplication), where both counts of different values agree. */
    public FieldPlan(String field, FieldType type, int distinct, int present) {
        this(field, type, distinct, present, distinct);
    }

    /**
     * Whether values mostly differ from record to record, so that agreeing on one is telling.
     * Counted over all records together, so that the answer does not depend on how they are
     * split into files: counted within each file and summed, every value found in both
     * (a common given name, a title cited in each) counts twice, and half of a collection
     * whose copies make a field repeat would have it identifying in a linkage and not when
     * deduplicated, and be blocked on alone or combined instead of windowed.
     */
    boolean identifying() {
        return pooled >= 0.25 * present;
    }
}
