package org.familyhub.childcare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * Places free for an age group on a day, as the provider last said. A vacancy is news only while it is fresh:
 * older than {@link #KNOWN_FOR}, a parent is told "unknown" rather than a number that is probably wrong.
 *
 * @param day RFC 5545 day code, MO to SU
 */
public record Vacancy(AgeGroup ageGroup, String day, int places, Instant updatedAt) {

    public static final Period KNOWN_FOR = Period.ofMonths(3);

    public Vacancy {
        if (places < 0) {
            throw new IllegalArgumentException("places must not be negative");
        }
        if (!Days.ALL.contains(day)) {
            throw new IllegalArgumentException("day must be one of " + Days.ALL);
        }
    }

    /** Whether the number is still to be believed on {@code today}: updated no more than three months ago. */
    public boolean known(LocalDate today, ZoneId zone) {
        return !updatedAt.atZone(zone).toLocalDate().isBefore(oldestKnown(today));
    }

    /** The first date whose updates are still believed on {@code today}. */
    public static LocalDate oldestKnown(LocalDate today) {
        return today.minus(KNOWN_FOR);
    }
}
