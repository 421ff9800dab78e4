package org.recourse.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.recourse.report.ReportRequest.Period;
import org.recourse.shared.FuzzyDate;

/** The one-way tables of a report: by location type, country, year, period and source. */
final class Sections {

    static final String UNKNOWN = "~unknown";
    static final String VAGUE = "~vague";
    private static final List<Measure> ALL = List.of(Measure.INCIDENTS, Measure.ACTS, Measure.VICTIMS, Measure.TESTIMONIES);
    /** Known classes by name, "not recorded" and "date vague" last. */
    private static final Comparator<String> ORDER = Comparator.<String, Boolean>comparing(s -> s.startsWith("~"))
            .thenComparing(Comparator.naturalOrder());

    private Sections() {
    }

    static Tabulation.OneWay byLocation(List<CodedAct> acts, int k) {
        return Tabulation.oneWay(acts, a -> Set.of(a.incident().location().type().orElse(UNKNOWN)), ALL, k, ORDER);
    }

    static Tabulation.OneWay byCountry(List<CodedAct> acts, int k) {
        return Tabulation.oneWay(acts, a -> Set.of(a.incident().location().country().orElse(UNKNOWN)), ALL, k, ORDER);
    }

    static Tabulation.OneWay byYear(List<CodedAct> acts, int k) {
        return Tabulation.oneWay(acts, a -> Set.of(year(a.incident().date())), ALL, k, ORDER);
    }

    static Tabulation.OneWay byPeriod(List<CodedAct> acts, List<Period> periods, int k) {
        return Tabulation.oneWay(acts, a -> Set.of(period(a.incident().date(), periods)), ALL, k, ORDER);
    }

    static Tabulation.OneWay bySource(List<CodedAct> acts, int k) {
        return Tabulation.oneWay(acts, a -> a.sources().isEmpty() ? Set.of(UNKNOWN) : a.sources(),
                List.of(Measure.INCIDENTS, Measure.ACTS, Measure.TESTIMONIES), k, ORDER);
    }

    static Tabulation.OneWay byViolation(List<CodedAct> acts, int k) {
        return Tabulation.oneWay(acts, a -> Set.of(a.act().violation()), List.of(Measure.ACTS), k, ORDER);
    }

    /** Five-year periods covering the years of the acts, when the request names none. */
    static List<Period> fiveYearPeriods(List<CodedAct> acts) {
        int min = acts.stream().filter(a -> a.incident().date().from().isPresent())
                .mapToInt(a -> a.incident().date().from().get().getYear()).min().orElse(2000);
        int max = acts.stream().filter(a -> a.incident().date().to().isPresent())
                .mapToInt(a -> a.incident().date().to().get().getYear()).max().orElse(2000);
        List<Period> out = new java.util.ArrayList<>();
        for (int y = Math.floorDiv(min, 5) * 5; y <= max; y += 5) {
            out.add(new Period(y, y + 4));
        }
        return out;
    }

    static UnaryOperator<String> label(Labels labels, UnaryOperator<String> known) {
        Map<String, String> fixed = Map.of(UNKNOWN, labels.get("unknown"), VAGUE, labels.get("vague"));
        return code -> fixed.containsKey(code) ? fixed.get(code) : known.apply(code);
    }

    private static String year(FuzzyDate d) {
        if (d.from().isEmpty() || d.from().get().getYear() != d.to().get().getYear()) {
            return VAGUE;
        }
        return Integer.toString(d.from().get().getYear());
    }

    private static String period(FuzzyDate d, List<Period> periods) {
        if (d.from().isEmpty()) {
            return VAGUE;
        }
        int from = d.from().get().getYear();
        int to = d.to().get().getYear();
        return periods.stream().filter(p -> p.from() <= from && to <= p.to()).findFirst().map(Period::text).orElse(VAGUE);
    }
}
