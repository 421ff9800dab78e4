package org.recourse.linkage.internal;

/** Builds the comparison a field type calls for. */
public final class Comparisons {

    private Comparisons() {
    }

    public static Comparison of(String field, FieldType type, String[] column) {
        return switch (type) {
            case NAME -> new NameComparison(field, column);
            case DATE -> new DateComparison(field, column);
            case YEAR -> new NumericComparison(field, column, true);
            case NUMERIC -> new NumericComparison(field, column, false);
            case CODE -> new CodeComparison(field, column);
            case TEXT -> new TextComparison(field, column);
            case CATEGORICAL -> new CategoricalComparison(field, column);
            case IGNORE -> throw new IllegalArgumentException("ignored field " + field + " has no comparison");
        };
    }
}
