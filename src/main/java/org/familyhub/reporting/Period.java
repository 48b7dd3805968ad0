package org.familyhub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The days a report card covers, both ends included, and how to find the period before it: the month, quarter
 * or year before, or for a custom period the same number of days just before it.
 */
public record Period(Length length, LocalDate from, LocalDate to) {

    public enum Length { MONTH, QUARTER, YEAR, CUSTOM }

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after the day it starts");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Length.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** @param quarter 1 (January to March) to 4 */
    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Length.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(Length.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(Length.CUSTOM, from, to);
    }

    /** The last whole month, quarter or year before today; a custom period defaults to the last 30 days. */
    public static Period lastComplete(Length length, LocalDate today) {
        return switch (length) {
            case MONTH -> month(YearMonth.from(today).minusMonths(1));
            case QUARTER -> {
                LocalDate inLast = today.minusMonths(3);
                yield quarter(inLast.getYear(), inLast.get(IsoFields.QUARTER_OF_YEAR));
            }
            case YEAR -> year(today.getYear() - 1);
            case CUSTOM -> custom(today.minusDays(30), today.minusDays(1));
        };
    }

    public Period previous() {
        return switch (length) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> quarter(from.minusMonths(3).getYear(), from.minusMonths(3).get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** "Q3 2026", "July 2026", "2026" or "1 Jul 2026 to 30 Sep 2026". */
    public String label() {
        return switch (length) {
            case MONTH -> from.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
            case QUARTER -> "Q" + from.get(IsoFields.QUARTER_OF_YEAR) + " " + from.getYear();
            case YEAR -> Integer.toString(from.getYear());
            case CUSTOM -> from.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)) + " to "
                    + to.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        };
    }
}
