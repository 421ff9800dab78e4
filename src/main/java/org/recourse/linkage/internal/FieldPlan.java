package org.recourse.linkage.internal;

/**
 * A field with the type it is compared as; {@code distinct} counts its different values within
 * each source, summed (a value in both files of a linkage counts twice), {@code pooled} its
 * different values over all records together, {@code present} its non-missing ones.
 */
public record FieldPlan(String field, FieldType type, int distinct, int present, int pooled) {

    /** Below this share of different values among present ones, a field's values repeat. */
    static final double IDENTIFYING = 0.25;

    /** A field of one source (deduplication), where both counts of different values agree. */
    public FieldPlan(String field, FieldType type, int distinct, int present) {
        this(field, type, distinct, present, distinct);
    }

    /** Whether values mostly differ from record to record within each file, so that agreeing on one is telling. */
    boolean identifying() {
        return distinct >= IDENTIFYING * present;
    }

    /**
     * Whether the field identifies within each file but repeats over both together: its values
     * recur across the files, as those of copies of one entity spread over two files that each
     * hold copies do (a paper's title cited in both catalogues). Deduplicating both files as
     * one, the field would be a repeating one. Never true of one source.
     */
    boolean repeatsAcrossFiles() {
        return identifying() && pooled < IDENTIFYING * present;
    }
}
