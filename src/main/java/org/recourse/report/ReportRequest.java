package org.recourse.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.recourse.testimony.SourceId;

/**
 * What to report on: violation and perpetrator types (each with its narrower terms), years,
 * country and source; the suppression threshold k (the configured default when empty); the
 * language; and custom periods for the table by period (five-year periods when empty).
 */
public record ReportRequest(Optional<String> violation, Optional<String> perpetrator, Optional<Integer> fromYear,
        Optional<Integer> toYear, Optional<String> country, Optional<SourceId> source, OptionalInt k, Locale locale,
        List<Period> periods) {

    /** Years from and to, inclusive. */
    public record Period(int from, int to) {
        public Period {
            if (to < from) {
                throw new IllegalArgumentException("a period ends before it starts");
            }
        }

        public String text() {
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
    }

    public ReportRequest {
        periods = List.copyOf(periods);
    }

    public static ReportRequest all(Locale locale) {
        return new ReportRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), locale, List.of());
    }
}
