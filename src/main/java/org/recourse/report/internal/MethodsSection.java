package org.recourse.report.internal;

import java.util.stream.Collectors;

/** The methods section: what was counted, from what, how it was coded, and what was withheld or coarsened. */
final class MethodsSection {

    private MethodsSection() {
    }

    static void write(StringBuilder sb, ReportModel m) {
        Labels l = m.labels();
        ReportModel.Methods x = m.methods();
        sb.append("<h2>").append(Xml.esc(l.get("methods"))).append("</h2>");
        para(sb, l.get("methods.interviews", x.testimonies(), x.interviewees(), x.incidents(), x.collectionTestimonies()));
        para(sb, l.get("methods.sources", x.sources(), x.sourceKinds()));
        para(sb, l.get("methods.periods", x.period()));
        para(sb, l.get("methods.coding"));
        para(sb, l.get("methods.suppression", m.k() - 1, m.k()));
        para(sb, l.get("methods.quotes", m.quotes().size(), m.k()));
        if (x.coarsenedSpeakers() > 0) {
            String steps = x.steps().entrySet().stream().map(e -> l.get("step." + e.getKey()) + " (" + e.getValue() + ")")
                    .collect(Collectors.joining("; "));
            para(sb, l.get("methods.coarsened", x.coarsenedSpeakers(), x.quotedSpeakers(), steps));
        }
    }

    private static void para(StringBuilder sb, String text) {
        sb.append("<p>").append(Xml.esc(text)).append("</p>");
    }
}
