package org.familyhub.reporting.internal;

import java.util.List;

/**
 * Horizontal bar charts as SVG, drawn on the server for the screen and the printed board paper: no script, no
 * commercial component. Each bar has its number written beside it, and the chart carries a text alternative; the
 * pages put the same numbers in a table, so the picture is never the only way to read them. Shades differ in
 * lightness, and every bar is labelled, so nothing depends on colour.
 */
public final class SvgCharts {

    private static final int WIDTH = 460;
    private static final int LABEL = 170;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int NUMBER = 70;

    /** @param shown the value written beside the bar ("66.7%", "120 h") */
    public record Bar(String label, double value, String shown, boolean emphasis) {
    }

    private SvgCharts() {
    }

    public static String bars(String description, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double scale = max <= 0 ? 0 : (WIDTH - LABEL - NUMBER) / max;
        int height = Math.max(ROW, bars.size() * ROW) + 6;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" aria-label=\"").append(escape(description)).append("\">")
                .append("<title>").append(escape(description)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 3 + i * ROW;
            long length = Math.round(Math.max(0, bar.value()) * scale);
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 3)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d1d1b\">")
                    .append(escape(shorten(bar.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(length).append("\" height=\"").append(BAR).append("\" fill=\"")
                    .append(bar.emphasis() ? "#0b5b4b" : "#8fb8ad").append("\" stroke=\"#0b5b4b\"/>")
                    .append("<text x=\"").append(LABEL + length + 6).append("\" y=\"").append(y + BAR - 3)
                    .append("\" font-size=\"13\" fill=\"#1d1d1b\">").append(escape(bar.shown())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
