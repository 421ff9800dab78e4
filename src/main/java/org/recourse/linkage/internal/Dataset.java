package org.recourse.linkage.internal;

import java.util.List;

/**
 * Records in columns of normalised values ({@link Text#normalise}); null is a missing value.
 * In linkage the first {@code leftSize} records come from the first file and only pairs
 * across the two files are candidates; in deduplication {@code leftSize} is 0.
 */
public record Dataset(List<String> fields, String[][] columns, int size, int leftSize) {

    public boolean linkage() {
        return leftSize > 0;
    }

    /** Whether records {@code i} and {@code j} may be a candidate pair at all. */
    public boolean pairable(int i, int j) {
        return i != j && (!linkage() || (i < leftSize) != (j < leftSize));
    }

    public String[] column(String field) {
        int k = fields.indexOf(field);
        if (k < 0) {
            throw new IllegalArgumentException("no field " + field);
        }
        return columns[k];
    }
}
