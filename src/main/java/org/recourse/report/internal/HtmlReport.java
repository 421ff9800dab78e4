package org.recourse.report.internal;

import java.util.List;
import java.util.function.UnaryOperator;

/** Writes a report as XHTML: well-formed, so the PDF renderer can read it, and with no script. */
public final class HtmlReport {

    /** The report's own style (static/css/report.css, which the web page links to). */
    public static final String STYLE = style();

    /**
     * Latin text and spaces from Liberation Sans (it ships inside PDFBox), Hangul from NanumGothic:
     * NanumGothic maps U+0000-U+0020 to one glyph, so a PDF set in it alone gives NUL for every
     * space when its text is copied, searched or read aloud.
     */
    private static final String PDF_FONTS = ".report { font-family: 'LiberationSans', 'NanumGothic', sans-serif; }";

    private HtmlReport() {
    }

    /** A whole document: for files and the PDF. */
    public static String document(ReportModel m) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + m.labels().locale().getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + Xml.esc(m.labels().get("title")) + "</title><style>"
                + "@page { size: A4; margin: 18mm; }\n" + STYLE + PDF_FONTS + "</style></head><body>" + body(m) + "</body></html>";
    }

    /** The report alone, for a web page that brings its own head. */
    public static String body(ReportModel m) {
        Labels l = m.labels();
        StringBuilder sb = new StringBuilder("<div class=\"report\">");
        sb.append("<h1>").append(Xml.esc(l.get("title"))).append("</h1>");
        sb.append("<p class=\"notice\">").append(Xml.esc(l.get("notPrevalence"))).append("</p>");
        filter(sb, m);
        if (m.methods().incidents() == 0) {
            return sb.append("<p>").append(Xml.esc(l.get("empty"))).append("</p></div>").toString();
        }
        MethodsSection.write(sb, m);
        sb.append("<h2>").append(Xml.esc(l.get("charts"))).append("</h2>");
        sb.append("<h3>").append(Xml.esc(l.get("chart.byType"))).append("</h3>").append(Charts.bars(m.byViolation(),
                m.violationLabel()));
        sb.append("<h3>").append(Xml.esc(l.get("chart.byYear"))).append("</h3>").append(Charts.timeline(m.byYear()));
        sb.append("<h2>").append(Xml.esc(l.get("tables"))).append("</h2><p>").append(Xml.esc(l.get("legend"))).append("</p>");
        twoWay(sb, l.get("table.actsByPair"), m.actsByPair(), m, l);
        twoWay(sb, l.get("table.victimsByPair"), m.victimsByPair(), m, l);
        for (ReportModel.Section s : m.sections()) {
            oneWay(sb, l.get(s.titleKey()), s.table(), s.rowLabel(), l);
        }
        quotes(sb, m);
        return sb.append("</div>").toString();
    }

    private static void filter(StringBuilder sb, ReportModel m) {
        sb.append("<h2>").append(Xml.esc(m.labels().get("filter"))).append("</h2><ul class=\"filter\">");
        for (String[] f : m.filter()) {
            sb.append("<li>").append(Xml.esc(f[0])).append(": ").append(Xml.esc(f[1])).append("</li>");
        }
        sb.append("</ul>");
    }

    private static void twoWay(StringBuilder sb, String title, Tabulation.TwoWay t, ReportModel m, Labels l) {
        SuppressedTable s = t.table();
        int rows = t.rows().size();
        int cols = t.columns().size();
        sb.append("<h3>").append(Xml.esc(title)).append("</h3><table class=\"counts\"><tr><th></th>");
        t.columns().forEach(c -> sb.append("<th>").append(Xml.esc(m.perpetratorLabel().apply(c))).append("</th>"));
        sb.append("<th>").append(Xml.esc(l.get("total"))).append("</th></tr>");
        for (int r = 0; r <= rows; r++) {
            sb.append(r == rows ? "<tr class=\"total\">" : "<tr>").append("<th>")
                    .append(Xml.esc(r == rows ? l.get("total") : m.violationLabel().apply(t.rows().get(r)))).append("</th>");
            for (int c = 0; c <= cols; c++) {
                sb.append("<td class=\"num\">").append(Xml.esc(s.shown(r, c))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</table>");
    }

    private static void oneWay(StringBuilder sb, String title, Tabulation.OneWay t, UnaryOperator<String> label, Labels l) {
        sb.append("<h3>").append(Xml.esc(title)).append("</h3><table class=\"counts\"><tr><th></th>");
        t.measures().forEach(mm -> sb.append("<th class=\"num\">").append(Xml.esc(l.get(mm.key()))).append("</th>"));
        sb.append("</tr>");
        int n = t.rows().size();
        for (int r = 0; r <= n; r++) {
            sb.append(r == n ? "<tr class=\"total\">" : "<tr>").append("<th>")
                    .append(Xml.esc(r == n ? l.get("total") : label.apply(t.rows().get(r)))).append("</th>");
            for (SuppressedTable s : t.tables()) {
                sb.append("<td class=\"num\">").append(Xml.esc(s.shown(0, r))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</table>");
    }

    private static void quotes(StringBuilder sb, ReportModel m) {
        Labels l = m.labels();
        sb.append("<h2>").append(Xml.esc(l.get("quotes"))).append("</h2>");
        List<ReportModel.Quote> quotes = m.quotes();
        if (quotes.isEmpty()) {
            sb.append("<p>").append(Xml.esc(l.get("quotes.none"))).append("</p>");
        }
        for (ReportModel.Quote q : quotes) {
            sb.append("<blockquote lang=\"").append(Xml.esc(q.language())).append("\"><p>").append(Xml.esc(q.text()))
                    .append("</p><p class=\"who\">— ").append(Xml.esc(q.pseudonym())).append(", ")
                    .append(Xml.esc(q.descriptor())).append("</p></blockquote>");
        }
    }

    private static String style() {
        try (java.io.InputStream in = HtmlReport.class.getResourceAsStream("/static/css/report.css")) {
            if (in == null) {
                throw new IllegalStateException("the report style is missing from the application");
            }
            // The web page's @font-face points at a URL; the PDF renderer gets its fonts registered instead.
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("@font-face")).collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
