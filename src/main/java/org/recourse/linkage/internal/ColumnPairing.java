package org.recourse.linkage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the columns of two files that share no header by what they hold: files from two
 * organisations rarely name a column alike (birthYear and birth_date, runtimeMinutes and
 * runtime). A column of the first file and one of the second are candidates when their
 * profiled types are compatible (a year or a date with a year or a date, numbers with
 * numbers, names or text with names or text, codes with codes; categories, sparse columns
 * and surrogate keys never) and their values overlap: the overlap is the intersection of the
 * two files' value distributions (the sum over values of the smaller of the two shares),
 * values read as years for years and dates, as numbers for numbers. Two full dates also
 * count their whole values (half and half), so that a column of release dates pairs with the
 * release dates rather than with another column of the same years. A pair needs an overlap of
 * at least {@link #MIN_OVERLAP} and a lead of {@link #MARGIN} over the first file's column's
 * every other candidate (it must clearly point at one column); pairs are taken greedily, best
 * first, each column at most once, so that when two columns of the first file point at the
 * same column of the second the better overlap has it.
 */
public final class ColumnPairing {

    static final double MIN_OVERLAP = 0.5;
    static final double MARGIN = 0.1;

    /** Which side's full dates are cut to their year, when a year column pairs with a date column. */
    public enum YearOf { NEITHER, LEFT, RIGHT }

    /** A column of the first file paired with one of the second, its overlap, and how the two are aligned. */
    public record ColumnPair(String left, String right, double overlap, YearOf yearOf) {
    }

    private enum Kind { TEMPORAL, NUMBER, WORDS, CODE }

    private record Profile(String column, FieldType type, Kind kind, Map<String, Double> shares,
            Map<String, Double> yearShares) {
    }

    private record Candidate(Profile left, Profile right, double overlap) {
    }

    private ColumnPairing() {
    }

    /**
     * The content pairs between {@code left} and {@code right} (column name to its normalised
     * values, null for missing), each column at most once, best overlap first. Pass only the
     * columns that have no same-named column in the other file.
     */
    public static List<ColumnPair> pair(Map<String, String[]> left, Map<String, String[]> right) {
        List<Profile> ls = profiles(left);
        List<Profile> rs = profiles(right);
        List<Candidate> candidates = new ArrayList<>();
        for (Profile l : ls) {
            for (Profile r : rs) {
                if (l.kind() == r.kind()) {
                    double overlap = overlap(l, r);
                    if (overlap > 0) {
                        candidates.add(new Candidate(l, r, overlap));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed()
                .thenComparing(c -> c.left().column()).thenComparing(c -> c.right().column()));
        Set<String> usedLeft = new HashSet<>();
        Set<String> usedRight = new HashSet<>();
        List<ColumnPair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.overlap() < MIN_OVERLAP || usedLeft.contains(c.left().column())
                    || usedRight.contains(c.right().column()) || !clearLead(c, candidates)) {
                continue;
            }
            usedLeft.add(c.left().column());
            usedRight.add(c.right().column());
            pairs.add(new ColumnPair(c.left().column(), c.right().column(), c.overlap(), yearOf(c)));
        }
        return pairs;
    }

    /** Cuts a date column's values to their year ({@code yyyy}); values that are not dates are kept. */
    public static void cutToYears(String[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            String d = values[i] == null ? null : Dates.digits(values[i]);
            if (d != null) {
                values[i] = d.substring(0, 4);
            }
        }
    }

    private static boolean clearLead(Candidate c, List<Candidate> all) {
        for (Candidate o : all) {
            boolean rival = o != c && o.left() == c.left();
            if (rival && o.overlap() > c.overlap() - MARGIN) {
                return false;
            }
        }
        return true;
    }

    private static YearOf yearOf(Candidate c) {
        FieldType l = c.left().type();
        FieldType r = c.right().type();
        if (l == FieldType.DATE && r == FieldType.YEAR) {
            return YearOf.LEFT;
        }
        return l == FieldType.YEAR && r == FieldType.DATE ? YearOf.RIGHT : YearOf.NEITHER;
    }

    private static double overlap(Profile l, Profile r) {
        if (l.kind() != Kind.TEMPORAL) {
            return intersection(l.shares(), r.shares());
        }
        double years = intersection(l.yearShares(), r.yearShares());
        if (l.type() == FieldType.DATE && r.type() == FieldType.DATE) {
            return (years + intersection(l.shares(), r.shares())) / 2;
        }
        return years;
    }

    private static double intersection(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                sum += Math.min(e.getValue(), other);
            }
        }
        return sum;
    }

    private static List<Profile> profiles(Map<String, String[]> columns) {
        List<Profile> out = new ArrayList<>();
        columns.forEach((name, values) -> {
            FieldType type = FieldProfiler.profile(values);
            Kind kind = kind(type, values);
            if (kind != null) {
                out.add(new Profile(name, type, kind, shares(values, kind, false),
                        kind == Kind.TEMPORAL ? shares(values, kind, true) : Map.of()));
            }
        });
        return out;
    }

    private static Kind kind(FieldType type, String[] values) {
        return switch (type) {
            case YEAR, DATE -> Kind.TEMPORAL;
            case NUMERIC -> Kind.NUMBER;
            case CODE -> allNumbers(values) ? Kind.NUMBER : Kind.CODE;
            case NAME, TEXT -> Kind.WORDS;
            case CATEGORICAL, IGNORE -> null;
        };
    }

    private static boolean allNumbers(String[] values) {
        for (String v : values) {
            if (v != null && Double.isNaN(NumericComparison.parse(v))) {
                return false;
            }
        }
        return true;
    }

    /** Each value's share of the column's present values, the value read as the kind says. */
    private static Map<String, Double> shares(String[] values, Kind kind, boolean years) {
        Map<String, Integer> counts = new HashMap<>();
        int present = 0;
        for (String v : values) {
            String key = v == null ? null : key(v, kind, years);
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
                present++;
            }
        }
        Map<String, Double> shares = new HashMap<>(counts.size() * 2);
        double n = present;
        counts.forEach((k, c) -> shares.put(k, c / n));
        return shares;
    }

    private static String key(String v, Kind kind, boolean years) {
        return switch (kind) {
            case TEMPORAL -> {
                String d = Dates.digits(v);
                if (d != null) {
                    yield years ? d.substring(0, 4) : d;
                }
                yield FieldProfiler.integer(v) && v.length() == 4 ? (years ? v : v + "0000") : null;
            }
            case NUMBER -> {
                double x = NumericComparison.parse(v);
                yield Double.isNaN(x) ? null : Double.toString(x);
            }
            case WORDS, CODE -> v;
        };
    }
}
