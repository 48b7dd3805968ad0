package org.familyhub.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One figure for the period and the period before. A value is null when there was nothing to measure (no
 * answered request has no median); a share is 0 to 100; a time is in hours.
 *
 * @param target the target for times (hours) or shares, when there is one
 * @param basis  how many things the value was measured over (answered requests, survey answers); null for counts
 */
public record Figure(Measure measure, @Nullable Double value, @Nullable Double previous, @Nullable Double target,
        @Nullable Long basis) {

    public enum Trend { UP, DOWN, SAME, NOT_COMPARABLE }

    public static Figure count(Measure measure, long value, long previous) {
        return new Figure(measure, (double) value, (double) previous, null, null);
    }

    public Trend trend() {
        if (value == null || previous == null) {
            return Trend.NOT_COMPARABLE;
        }
        int compared = Double.compare(Math.round(value * 10), Math.round(previous * 10));
        return compared > 0 ? Trend.UP : compared < 0 ? Trend.DOWN : Trend.SAME;
    }

    /** True when the change is for the better, false for the worse, null when there is no change to judge. */
    public @Nullable Boolean better() {
        return switch (trend()) {
            case UP -> measure.higherIsBetter();
            case DOWN -> !measure.higherIsBetter();
            default -> null;
        };
    }

    /** The change from the period before, in the figure's unit (points for shares). */
    public @Nullable Double change() {
        return value == null || previous == null ? null : value - previous;
    }
}
