package org.recourse.report.internal;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * SVG charts drawn from suppressed tables only, so a chart never shows what a table hides.
 * Labels stay outside the SVG (in HTML, where the Korean font applies); a hidden count draws no bar.
 */
final class Charts {

    private static final int BAR_WIDTH = 300;

    private Charts() {
    }

    /** Horizontal bars, one table row each: label, bar, count as published. */
    static String bars(Tabulation.OneWay t, UnaryOperator<String> label) {
        SuppressedTable s = t.tables().get(0);
        long max = maxShown(s);
        StringBuilder sb = new StringBuilder("<table class=\"chart\">");
        for (int i = 0; i < t.rows().size(); i++) {
            long width = s.hidden(0, i) || max == 0 ? 0 : Math.round(BAR_WIDTH * (double) s.values()[0][i] / max);
            sb.append("<tr><td class=\"label\">").append(Xml.esc(label.apply(t.rows().get(i)))).append("</td><td>")
                    .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(BAR_WIDTH).append("\" height=\"14\">")
                    .append("<rect x=\"0\" y=\"2\" width=\"").append(Math.max(width, 1)).append("\" height=\"10\" fill=\"")
                    .append(width == 0 ? "#cccccc" : "#3b6ea5").append("\"/></svg></td><td class=\"num\">")
                    .append(Xml.esc(s.shown(0, i))).append("</td></tr>");
        }
        return sb.append("</table>").toString();
    }

    /** Columns by year, years as SVG text (digits only), hidden counts as an outlined empty column. */
    static String timeline(Tabulation.OneWay t) {
        SuppressedTable s = t.tables().get(0);
        List<Integer> shown = java.util.stream.IntStream.range(0, t.rows().size())
                .filter(i -> t.rows().get(i).matches("\\d{4}")).boxed().toList();
        int n = shown.size();
        int step = 36;
        int height = 160;
        long max = maxShown(s);
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(Math.max(n * step + 20, 120)).append("\" height=\"").append(height + 40).append("\">");
        sb.append("<line x1=\"10\" y1=\"").append(height).append("\" x2=\"").append(n * step + 10).append("\" y2=\"")
                .append(height).append("\" stroke=\"#333333\"/>");
        for (int j = 0; j < n; j++) {
            int i = shown.get(j);
            int x = 14 + j * step;
            long v = s.hidden(0, i) || max == 0 ? 0 : Math.round((height - 20) * (double) s.values()[0][i] / max);
            if (s.hidden(0, i)) {
                sb.append("<rect x=\"").append(x).append("\" y=\"").append(height - 12).append("\" width=\"26\" height=\"12\"")
                        .append(" fill=\"none\" stroke=\"#999999\" stroke-dasharray=\"3,2\"/>");
            } else {
                sb.append("<rect x=\"").append(x).append("\" y=\"").append(height - v).append("\" width=\"26\" height=\"")
                        .append(v).append("\" fill=\"#3b6ea5\"/>");
            }
            sb.append("<text x=\"").append(x + 13).append("\" y=\"").append(height - v - 4)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(Xml.esc(s.shown(0, i))).append("</text>");
            sb.append("<text x=\"").append(x + 13).append("\" y=\"").append(height + 14)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(Xml.esc(t.rows().get(i))).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    private static long maxShown(SuppressedTable s) {
        long max = 0;
        for (int i = 0; i < s.columns(); i++) {
            max = s.hidden(0, i) ? max : Math.max(max, s.values()[0][i]);
        }
        return max;
    }
}
