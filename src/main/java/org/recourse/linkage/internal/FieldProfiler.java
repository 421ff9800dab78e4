package org.recourse.linkage.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Guesses a column's {@link FieldType} from its values, so linkage runs without a
 * configuration: sparse columns and surrogate keys are dropped, dates and years found by
 * parsing (a mistyped year such as 1028 among them does not hide the column's kind), amounts
 * by their spread, codes by their digits, categories by their few distinct values, free text
 * by its length, and what is left is compared as a name.
 */
public final class FieldProfiler {

    private FieldProfiler() {
    }

    public static FieldType profile(String[] values) {
        int present = 0;
        int dates = 0;
        int integers = 0;
        int decimals = 0;
        int digitHeavy = 0;
        int emails = 0;
        long tokens = 0;
        long chars = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int leadingZeros = 0;
        int yearLike = 0;
        int[] lengths = new int[19];
        Set<String> distinct = new HashSet<>();
        for (String v : values) {
            if (v == null) {
                continue;
            }
            present++;
            distinct.add(v);
            chars += v.length();
            tokens += 1 + spaces(v);
            if (Dates.digits(v) != null) {
                dates++;
            }
            if (integer(v) && v.length() < 18) {
                integers++;
                long x = Long.parseLong(v);
                min = Math.min(min, x);
                max = Math.max(max, x);
                lengths[v.length()]++;
                yearLike += x >= 1800 && x <= 2100 ? 1 : 0;
                leadingZeros += v.length() > 1 && v.charAt(0) == '0' ? 1 : 0;
            } else if (decimal(v)) {
                decimals++;
            }
            if (digits(v) * 2 >= v.length()) {
                digitHeavy++;
            }
            if (v.indexOf('@') > 0) {
                emails++;
            }
        }
        if (present < 0.2 * values.length || distinct.size() < 2) {
            return FieldType.IGNORE;
        }
        double share = 0.9 * present;
        if (integers == present && distinct.size() == present && max - min < 1.5 * present) {
            return FieldType.IGNORE;
        }
        if (integers >= share && yearLike >= share) {
            return FieldType.YEAR;
        }
        if (dates >= share) {
            return FieldType.DATE;
        }
        if (distinct.size() <= 30 || distinct.size() <= 0.005 * present) {
            return FieldType.CATEGORICAL;
        }
        if (integers + decimals >= share && decimals > 0.1 * present) {
            return FieldType.NUMERIC;
        }
        if (integers >= share && quantity(lengths, integers, leadingZeros, min, max)) {
            return FieldType.NUMERIC;
        }
        if (digitHeavy >= share || emails >= share) {
            return FieldType.CODE;
        }
        double meanTokens = tokens / (double) present;
        double meanChars = chars / (double) present;
        return meanTokens > 3 || meanChars > 30 ? FieldType.TEXT : FieldType.NAME;
    }

    /**
     * Whether whole numbers are amounts (an area, an enrolment) rather than codes: they spread
     * over at least three orders of magnitude with no length holding half of them, and none is
     * written with a leading zero. Codes (postcodes, phone numbers, identifiers) mostly share
     * one length, and a street number's typing error matters more than its size, which keeps
     * house numbers (mostly two digits) codes.
     */
    static boolean quantity(int[] lengths, int integers, int leadingZeros, long min, long max) {
        int commonest = 0;
        for (int count : lengths) {
            commonest = Math.max(commonest, count);
        }
        return leadingZeros == 0 && 2 * commonest < integers && min >= 0 && max >= 1000L * Math.max(1, min);
    }

    /** Whether v is {@code -?[0-9]+} (written out: this runs on every value, often before the JIT compiles it). */
    static boolean integer(String v) {
        int start = v.startsWith("-") ? 1 : 0;
        return v.length() > start && asciiDigits(v, start, v.length());
    }

    /** Whether v is {@code -?[0-9,]*\.?[0-9]+}: digits and commas, at most one point, a digit after the point or at the end. */
    static boolean decimal(String v) {
        int start = v.startsWith("-") ? 1 : 0;
        int point = v.indexOf('.', start);
        if (point < 0) {
            return v.length() > start && digitsOrCommas(v, start, v.length()) && isAsciiDigit(v.charAt(v.length() - 1));
        }
        return digitsOrCommas(v, start, point) && point + 1 < v.length() && asciiDigits(v, point + 1, v.length());
    }

    private static boolean asciiDigits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitsOrCommas(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(v.charAt(i)) && v.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int spaces(String v) {
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            n += v.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    private static int digits(String v) {
        int d = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                d++;
            }
        }
        return d;
    }
}
