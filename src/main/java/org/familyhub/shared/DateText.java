package org.familyhub.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How a date or a time reads to a person, on a staff screen or in an e-mail: British for English
 * ("1 December 2026", "1 Dec 2026" where space is short, "13:11"), Polish for Polish ("1 grudnia 2026"),
 * always 24-hour and always in the council's zone (the clock's), whatever the server's zone or the browser's
 * English. One place, so no screen slips into "December 4, 2026" or "1:11 PM" (a locale-dependent
 * {@code FormatStyle} with plain English does exactly that).
 */
@Component
public class DateText {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ZoneId zone;

    DateText(Clock clock) {
        this.zone = clock.getZone();
    }

    /** The locale dates are written in: Polish for a Polish page, British English for every other. */
    public static Locale reading(@Nullable Locale locale) {
        return locale != null && POLISH.getLanguage().equals(locale.getLanguage()) ? POLISH : Locale.UK;
    }

    /** "1 December 2026". */
    public String date(LocalDate date, @Nullable Locale locale) {
        return format("d MMMM yyyy", date, locale);
    }

    /** "1 Dec 2026", where space is short (lists, tables). */
    public String shortDate(LocalDate date, @Nullable Locale locale) {
        return format("d MMM yyyy", date, locale);
    }

    /** "Tuesday 1 December 2026": a promise to a family, where the day of the week matters. */
    public String day(LocalDate date, @Nullable Locale locale) {
        return format("EEEE d MMMM yyyy", date, locale);
    }

    /** "1 Dec 2026, 13:11", in the council's zone. */
    public String dateTime(Instant at, @Nullable Locale locale) {
        return format("d MMM yyyy, HH:mm", at.atZone(zone), locale);
    }

    /** "1 December 2026, 13:11", in the council's zone: where there is room for the month in full. */
    public String longDateTime(Instant at, @Nullable Locale locale) {
        return format("d MMMM yyyy, HH:mm", at.atZone(zone), locale);
    }

    /** "1 Dec 2026, 13:11:05": where seconds tell two events apart (the outbox). */
    public String dateTimeSeconds(Instant at, @Nullable Locale locale) {
        return format("d MMM yyyy, HH:mm:ss", at.atZone(zone), locale);
    }

    private static String format(String pattern, TemporalAccessor value, @Nullable Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, reading(locale)).format(value);
    }
}
