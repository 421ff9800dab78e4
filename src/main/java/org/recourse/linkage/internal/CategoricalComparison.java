package org.recourse.linkage.internal;

/** Few distinct values (state, venue, source): agree or not. */
public final class CategoricalComparison extends Comparison {

    private static final String[] LABELS = {"missing", "exact", "different"};

    public CategoricalComparison(String field, String[] values) {
        super(field, values, LABELS);
    }

    @Override
    protected int compare(int i, int j, String a, String b) {
        return a.equals(b) ? 1 : 2;
    }
}
