package org.familyhub.reporting;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How a figure reads on the screen, in the CSV and on paper: the same words everywhere. */
public final class FigureText {

    private FigureText() {
    }

    /** "40", "66.7%", "120 h (5.0 days)", or "none" when there was nothing to measure. */
    public static String value(Measure measure, @Nullable Double value) {
        if (value == null) {
            return "none";
        }
        return switch (measure.unit()) {
            case COUNT -> String.format(Locale.UK, "%,d", Math.round(value));
            case PERCENT -> String.format(Locale.UK, "%.1f%%", value);
            case HOURS -> value < 48 ? String.format(Locale.UK, "%.1f h", value)
                    : String.format(Locale.UK, "%.0f h (%.1f days)", value, value / 24);
        };
    }

    /** "up 20 (better)", "down 3.5 points (worse)", "no change", "no comparison". */
    public static String trend(Figure figure) {
        Double change = figure.change();
        if (change == null) {
            return "no comparison";
        }
        Boolean better = figure.better();
        if (better == null) {
            return "no change";
        }
        String amount = switch (figure.measure().unit()) {
            case COUNT -> String.format(Locale.UK, "%,d", Math.round(Math.abs(change)));
            case PERCENT -> String.format(Locale.UK, "%.1f points", Math.abs(change));
            case HOURS -> String.format(Locale.UK, "%.1f h", Math.abs(change));
        };
        return (change > 0 ? "up " : "down ") + amount + (better ? " (better)" : " (worse)");
    }

    /** "target 3 working days", "target 100%", or "" when the figure has none. */
    public static String target(Figure figure) {
        if (figure.target() == null) {
            return "";
        }
        return figure.measure().unit() == Unit.HOURS
                ? String.format(Locale.UK, "target %.0f working days", figure.target() / 24)
                : "target " + value(figure.measure(), figure.target());
    }
}
