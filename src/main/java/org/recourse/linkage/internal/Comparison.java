package org.recourse.linkage.internal;

/**
 * Compares one field of two records and answers a discrete agreement level, as in the
 * comparison vectors of Fellegi and Sunter (1969): level 0 means a value is missing (no
 * evidence either way), level 1 the strongest agreement, the last level disagreement.
 */
public abstract class Comparison {

    private final String field;
    private final String[] values;
    private final double[] frequency;
    private final String[] labels;

    /** {@code labels} names every level, {@code labels[0]} the missing level. */
    protected Comparison(String field, String[] values, String... labels) {
        this.field = field;
        this.values = values;
        this.frequency = Frequencies.of(values);
        this.labels = labels.clone();
    }

    public final String field() {
        return field;
    }

    /** Number of levels, the missing level 0 included. */
    public final int levels() {
        return labels.length;
    }

    public final String label(int level) {
        return labels[level];
    }

    /** The level for records {@code i} and {@code j}; 0 when either value is missing. */
    public final int level(int i, int j) {
        String a = values[i];
        String b = values[j];
        if (a == null || b == null) {
            return 0;
        }
        return compare(i, j, a, b);
    }

    protected abstract int compare(int i, int j, String a, String b);

    /**
     * Whether an exact agreement (level 1) is weighed by how common the value is (Winkler
     * 1989, frequency-based matching): two records sharing a rare surname say more than two
     * sharing the commonest one.
     */
    public boolean termFrequency() {
        return true;
    }

    /** Whether comparing costs much more than an equality test (string similarity), so it goes last when scoring can stop early. */
    public boolean expensive() {
        return false;
    }

    /** Relative frequency of record {@code i}'s value among all records. */
    public final double frequency(int i) {
        return frequency[i];
    }

    protected final String value(int i) {
        return values[i];
    }

    public final int size() {
        return values.length;
    }
}
