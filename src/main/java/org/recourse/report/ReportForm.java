package org.recourse.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.shared.Problems;
import org.recourse.testimony.SourceId;

/**
 * A report's filter as typed, in a form or on the command line: every value a string, each
 * problem named by its field. {@code periods} is a comma-separated list of years and year
 * ranges, such as {@code 1995-1999, 2000-2009, 2010}.
 */
public record ReportForm(String violation, String perpetrator, String from, String to, String country, String source,
        String k, String periods) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");
    private static final int MAX_PERIODS = 50;

    public static ReportForm empty() {
        return new ReportForm(null, null, null, null, null, null, null, null);
    }

    /** The request, or an {@code InvalidInputException} naming every field that cannot be read. */
    public ReportRequest toRequest(Locale locale) {
        Problems p = new Problems();
        Optional<Integer> fromYear = year(from, "from", p);
        Optional<Integer> toYear = year(to, "to", p);
        Optional<SourceId> sourceId = p.id(source, "source", false).map(SourceId::new);
        OptionalInt threshold = threshold(p);
        List<ReportRequest.Period> list = periods(p);
        p.require(fromYear.isEmpty() || toYear.isEmpty() || fromYear.get() <= toYear.get(), "to",
                "the period ends before it starts");
        p.throwIfAny();
        return new ReportRequest(present(violation), present(perpetrator), fromYear, toYear, present(country), sourceId,
                threshold, locale, list);
    }

    private static Optional<Integer> year(String value, String field, Problems p) {
        Optional<String> v = present(value);
        if (v.isPresent() && !YEAR.matcher(v.get()).matches()) {
            p.add(field, "write a year such as 2005");
            return Optional.empty();
        }
        return v.map(Integer::parseInt);
    }

    private OptionalInt threshold(Problems p) {
        Optional<String> v = present(k);
        if (v.isPresent() && !v.get().matches("\\d{1,3}")) {
            p.add("k", "write a whole number");
            return OptionalInt.empty();
        }
        OptionalInt k = v.map(x -> OptionalInt.of(Integer.parseInt(x))).orElse(OptionalInt.empty());
        p.require(k.isEmpty() || k.getAsInt() >= Reports.MIN_K && k.getAsInt() <= Reports.MAX_K, "k",
                "must be between " + Reports.MIN_K + " and " + Reports.MAX_K);
        return k;
    }

    private List<ReportRequest.Period> periods(Problems p) {
        List<ReportRequest.Period> out = new ArrayList<>();
        Optional<String> v = present(periods);
        if (v.isEmpty()) {
            return out;
        }
        for (String part : v.get().split(",")) {
            Matcher m = PERIOD.matcher(part.strip());
            if (!m.matches()) {
                p.add("periods", "write years and ranges separated by commas, such as 2000-2004, 2005-2009, 2010");
                return List.of();
            }
            int start = Integer.parseInt(m.group(1));
            int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
            if (end < start) {
                p.add("periods", "the period " + part.strip() + " ends before it starts");
                return List.of();
            }
            out.add(new ReportRequest.Period(start, end));
        }
        p.require(out.size() <= MAX_PERIODS, "periods", "at most " + MAX_PERIODS + " periods");
        p.require(!overlap(out), "periods", "periods must not overlap: each act is counted in one period");
        return out;
    }

    private static boolean overlap(List<ReportRequest.Period> periods) {
        List<ReportRequest.Period> sorted = periods.stream()
                .sorted(java.util.Comparator.comparingInt(ReportRequest.Period::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from() <= sorted.get(i - 1).to()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> present(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
