package org.familyhub.feedback.ui;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as SVG, written on the server: no script, no commercial component. The
 * numbers are in a table beside it, so the chart is a picture for sighted readers and says so.
 */
final class BarChart {

    static final int WIDTH = 480;
    private static final int LABEL = 150;
    private static final int ROW = 28;
    private static final int BAR = 18;
    private static final int NUMBER = 50;

    record Bar(String label, long value) {
    }

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(0));
        int height = Math.max(ROW, bars.size() * ROW) + 8;
        int room = WIDTH - LABEL - NUMBER;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"feedback-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" aria-label=\"").append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 4 + i * ROW;
            long length = Math.round((double) bar.value() / max * room);
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#1d1d1b\">")
                    .append(escape(shorten(bar.label()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR).append("\" fill=\"#0b5b4b\"/>");
            svg.append("<text x=\"").append(LABEL + length + 6).append("\" y=\"").append(y + BAR - 4)
                    .append("\" font-size=\"14\" fill=\"#1d1d1b\">").append(bar.value()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String shorten(String label) {
        return label.length() <= 20 ? label : label.substring(0, 19) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
