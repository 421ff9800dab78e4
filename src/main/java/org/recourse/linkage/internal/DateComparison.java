package org.recourse.linkage.internal;

/**
 * Dates as {@code yyyymmdd}: exact; one digit wrong or day and month swapped (typing and
 * transcription errors); within a year of each other (remembered ages); else disagreement.
 */
public final class DateComparison extends Comparison {

    private static final String[] LABELS = {"missing", "exact", "1 digit or day/month swapped", "within a year",
        "different"};

    private final long[] bags;
    /** Each date's year, read once rather than on every comparison. */
    private final int[] years;

    public DateComparison(String field, String[] values) {
        super(field, parsed(values), LABELS);
        bags = new long[size()];
        years = new int[size()];
        for (int i = 0; i < bags.length; i++) {
            bags[i] = value(i) == null ? 0 : CharBag.of(value(i));
            years[i] = value(i) == null ? 0 : Integer.parseInt(value(i), 0, 4, 10);
        }
    }

    private static String[] parsed(String[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? null : Dates.digits(values[i]);
        }
        return out;
    }

    @Override
    protected int compare(int i, int j, String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        boolean swapped = a.regionMatches(0, b, 0, 4) && a.regionMatches(4, b, 6, 2) && a.regionMatches(6, b, 4, 2);
        if (swapped || Levenshtein.mayBeWithin(a, b, bags[i], bags[j], 1) && Levenshtein.distance(a, b, 1) <= 1) {
            return 2;
        }
        return Math.abs(years[i] - years[j]) <= 1 ? 3 : 4;
    }
}
