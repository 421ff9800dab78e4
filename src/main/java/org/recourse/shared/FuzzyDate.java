package org.recourse.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date with its precision: the interval [from, to] it may lie in. {@code UNKNOWN} has
 * no bounds. Written as {@code 2007-03-14}, {@code 2007-03}, {@code 2007},
 * {@code 2000..2009} (years or full dates) or empty for unknown.
 */
public record FuzzyDate(DatePrecision precision, Optional<LocalDate> from, Optional<LocalDate> to) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:\\.\\.|–|~)\\s*(.+)");

    public static final FuzzyDate UNKNOWN = new FuzzyDate(DatePrecision.UNKNOWN, Optional.empty(), Optional.empty());

    public FuzzyDate {
        if (precision == DatePrecision.UNKNOWN) {
            if (from.isPresent() || to.isPresent()) {
                throw new IllegalArgumentException("an unknown date has no bounds");
            }
        } else if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("a known date needs bounds in order");
        }
    }

    public static FuzzyDate day(LocalDate d) {
        return new FuzzyDate(DatePrecision.DAY, Optional.of(d), Optional.of(d));
    }

    public static FuzzyDate year(int y) {
        return new FuzzyDate(DatePrecision.YEAR, Optional.of(LocalDate.of(y, 1, 1)), Optional.of(LocalDate.of(y, 12, 31)));
    }

    public static FuzzyDate years(int fromYear, int toYear) {
        if (fromYear == toYear) {
            return year(fromYear);
        }
        return new FuzzyDate(DatePrecision.RANGE, Optional.of(LocalDate.of(fromYear, 1, 1)), Optional.of(LocalDate.of(toYear, 12, 31)));
    }

    /**
     * Parses the written forms above.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static FuzzyDate parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return UNKNOWN;
        }
        try {
            Matcher range = RANGE.matcher(t);
            // Most dates are single: the range pattern only runs when a range separator is there.
            if (isRange(t) && range.matches()) {
                FuzzyDate a = parseSingle(range.group(1).strip());
                FuzzyDate b = parseSingle(range.group(2).strip());
                if (b.to.get().isBefore(a.from.get())) {
                    throw new IllegalArgumentException("the range ends before it starts");
                }
                return new FuzzyDate(DatePrecision.RANGE, a.from, b.to);
            }
            return parseSingle(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: write 2007-03-14, 2007-03, 2007 or 2000..2009");
        }
    }

    private static boolean isRange(String t) {
        return t.contains("..") || t.indexOf('–') >= 0 || t.indexOf('~') >= 0;
    }

    private static FuzzyDate parseSingle(String t) {
        if (YEAR.matcher(t).matches()) {
            return year(Integer.parseInt(t));
        }
        if (MONTH.matcher(t).matches()) {
            YearMonth ym = YearMonth.parse(t);
            return new FuzzyDate(DatePrecision.MONTH, Optional.of(ym.atDay(1)), Optional.of(ym.atEndOfMonth()));
        }
        return day(LocalDate.parse(t));
    }

    /** The written form that {@link #parse} reads back. */
    public String text() {
        return switch (precision) {
            case UNKNOWN -> "";
            case DAY -> from.get().toString();
            case MONTH -> YearMonth.from(from.get()).toString();
            case YEAR -> Integer.toString(from.get().getYear());
            case RANGE -> rangeText();
        };
    }

    private String rangeText() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        boolean wholeYears = a.getDayOfYear() == 1 && b.getMonthValue() == 12 && b.getDayOfMonth() == 31;
        return wholeYears ? a.getYear() + ".." + b.getYear() : a + ".." + b;
    }

    /** Whether this date may fall within the given years (inclusive); unknown dates never do. */
    public boolean overlapsYears(int fromYear, int toYear) {
        if (precision == DatePrecision.UNKNOWN) {
            return false;
        }
        return from.get().getYear() <= toYear && to.get().getYear() >= fromYear;
    }
}
