package org.recourse.report.internal;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Everything a report prints, counted, suppressed and cleared for publication. */
public record ReportModel(Labels labels, int k, List<String[]> filter, Methods methods, Tabulation.TwoWay actsByPair,
        Tabulation.TwoWay victimsByPair, UnaryOperator<String> violationLabel, UnaryOperator<String> perpetratorLabel,
        List<Section> sections, Tabulation.OneWay byViolation, Tabulation.OneWay byYear, List<Quote> quotes) {

    /** Counts for the methods section; {@code steps} says how many quoted speakers each coarsening step touched. */
    public record Methods(int incidents, int testimonies, int interviewees, long collectionTestimonies, int sources,
            String sourceKinds, String period, int coarsenedSpeakers, int quotedSpeakers, Map<String, Integer> steps) {
    }

    /** A one-way table with its title key and how its row keys read. */
    public record Section(String titleKey, Tabulation.OneWay table, UnaryOperator<String> rowLabel) {
    }

    /** A passage cleared for quotation, with its speaker's pseudonym and protected descriptor. */
    public record Quote(String text, String language, String pseudonym, String descriptor) {
    }
}
