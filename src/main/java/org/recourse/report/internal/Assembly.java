package org.recourse.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.recourse.report.ReportRequest;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;

/** Puts a report's parts together from the acts selected and the quotes cleared. */
public final class Assembly {

    private Assembly() {
    }

    public static ReportModel model(ReportRequest request, int k, Collection.Selected selected, Quotations.Cleared quotes,
            long collectionTestimonies, int interviewees, Vocabulary vocabulary, SourceRegistry sources) {
        Labels l = new Labels(request.locale());
        List<CodedAct> acts = selected.acts();
        UnaryOperator<String> violation = Sections.label(l, c -> vocabulary.label(Schemes.VIOLATION, c, l.locale()));
        UnaryOperator<String> perpetrator = Sections.label(l, c -> "unknown".equals(c) ? l.get("unknown")
                : vocabulary.label(Schemes.PERPETRATOR, c, l.locale()));
        UnaryOperator<String> location = Sections.label(l, c -> vocabulary.label(Schemes.LOCATION, c, l.locale()));
        UnaryOperator<String> country = Sections.label(l, c -> vocabulary.label(Schemes.COUNTRY, c, l.locale()));
        UnaryOperator<String> source = Sections.label(l, c -> sources.find(new SourceId(java.util.UUID.fromString(c)))
                .map(Source::title).orElse(c));
        Tabulation.OneWay byYear = Sections.byYear(acts, k);
        List<ReportRequest.Period> periods = request.periods().isEmpty() ? Sections.fiveYearPeriods(acts) : request.periods();
        List<ReportModel.Section> sections = List.of(
                new ReportModel.Section("table.byLocation", Sections.byLocation(acts, k), location),
                new ReportModel.Section("table.byCountry", Sections.byCountry(acts, k), country),
                new ReportModel.Section("table.byYear", byYear, Sections.label(l, UnaryOperator.identity())),
                new ReportModel.Section("table.byPeriod", Sections.byPeriod(acts, periods, k),
                        Sections.label(l, UnaryOperator.identity())),
                new ReportModel.Section("table.bySource", Sections.bySource(acts, k), source));
        return new ReportModel(l, k, filter(request, l, vocabulary, sources), methods(acts, quotes, collectionTestimonies,
                interviewees, sources, l), Tabulation.violationByPerpetrator(acts, Measure.ACTS, k),
                Tabulation.violationByPerpetrator(acts, Measure.VICTIMS, k), violation, perpetrator, sections,
                Sections.byViolation(acts, k), byYear, quotes.quotes());
    }

    private static ReportModel.Methods methods(List<CodedAct> acts, Quotations.Cleared q, long collectionTestimonies,
            int interviewees, SourceRegistry sources, Labels l) {
        Set<String> testimonies = acts.stream().flatMap(a -> a.testimonies().stream()).collect(Collectors.toSet());
        Set<String> sourceIds = acts.stream().flatMap(a -> a.sources().stream()).collect(Collectors.toSet());
        TreeMap<String, Integer> kinds = new TreeMap<>();
        sourceIds.forEach(id -> sources.find(new SourceId(java.util.UUID.fromString(id)))
                .ifPresent(s -> kinds.merge(l.get("source.kind." + s.kind().name()), 1, Integer::sum)));
        String kindText = kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        int incidents = (int) acts.stream().map(a -> a.incident().id()).distinct().count();
        return new ReportModel.Methods(incidents, testimonies.size(), interviewees, collectionTestimonies, sourceIds.size(),
                kindText, period(acts), q.coarsened(), q.speakers(), q.steps());
    }

    private static String period(List<CodedAct> acts) {
        int min = acts.stream().filter(a -> a.incident().date().from().isPresent())
                .mapToInt(a -> a.incident().date().from().get().getYear()).min().orElse(0);
        int max = acts.stream().filter(a -> a.incident().date().to().isPresent())
                .mapToInt(a -> a.incident().date().to().get().getYear()).max().orElse(0);
        return min == 0 ? "-" : min + "-" + max;
    }

    private static List<String[]> filter(ReportRequest r, Labels l, Vocabulary vocabulary, SourceRegistry sources) {
        String all = l.get("filter.all");
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {l.get("filter.violation"),
                r.violation().map(c -> vocabulary.label(Schemes.VIOLATION, c, l.locale())).orElse(all)});
        out.add(new String[] {l.get("filter.perpetrator"),
                r.perpetrator().map(c -> vocabulary.label(Schemes.PERPETRATOR, c, l.locale())).orElse(all)});
        out.add(new String[] {l.get("filter.years"), r.fromYear().isEmpty() && r.toYear().isEmpty() ? all
                : r.fromYear().map(String::valueOf).orElse("...") + " - " + r.toYear().map(String::valueOf).orElse("...")});
        out.add(new String[] {l.get("filter.country"),
                r.country().map(c -> vocabulary.label(Schemes.COUNTRY, c, l.locale())).orElse(all)});
        out.add(new String[] {l.get("filter.source"), r.source().flatMap(sources::find).map(Source::title).orElse(all)});
        return out;
    }
}
