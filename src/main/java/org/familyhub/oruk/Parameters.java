package org.familyhub.oruk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Reads query parameters from their text, so that every bad value gets a message naming the parameter
 * and what it should be, rather than a framework conversion error.
 */
final class Parameters {

    /** The portal's search answers at most this many per page, so the API cannot promise more. */
    static final int MAX_PER_PAGE = 50;
    static final int DEFAULT_PER_PAGE = 50;

    private Parameters() {
    }

    /** Listed by the ORUK 3.0 profile on /services and /service_at_locations, but not offered here. */
    static final Set<String> UNSUPPORTED = Set.of("start_time", "end_time", "day");

    /**
     * Refuses any parameter the endpoint does not take: one the standard lists elsewhere, one it does not
     * list at all, or a misspelt one. Ignoring it would answer 200 with everything, which looks like an answer.
     */
    static void accept(Map<String, String> query, String endpoint, Set<String> taken) {
        for (String name : new TreeSet<>(query.keySet())) {
            if (UNSUPPORTED.contains(name) && !taken.contains(name)) {
                throw new BadParameterException(name + " (day, start_time, end_time of the Open Referral UK profile) "
                        + "is not supported by this API; each service publishes its schedules to filter by");
            }
            if (!taken.contains(name)) {
                throw new BadParameterException(name + " is not a parameter of " + endpoint + "; it takes "
                        + (taken.isEmpty() ? "none" : String.join(", ", new TreeSet<>(taken))));
            }
        }
    }

    static int page(@Nullable String text) {
        return number("page", text, 1, 1, 100_000);
    }

    static int perPage(@Nullable String text) {
        return number("per_page", text, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
    }

    static int number(String name, @Nullable String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadParameterException(name + " must be a whole number from " + min + " to " + max);
    }

    static @Nullable UUID uuid(String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name + " must be a UUID");
        }
    }

    /** An ISO 8601 date-time with an offset, or a date alone (meaning its start, UTC). */
    static @Nullable Instant instant(String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name + " must be an ISO 8601 date or date-time, e.g. 2026-01-31T09:00:00Z");
        }
    }

    /** An age in years, as HSDS gives {@code minimum_age} and {@code maximum_age}. */
    static @Nullable BigDecimal age(String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal age = new BigDecimal(text.strip());
            if (age.signum() >= 0 && age.compareTo(MAX_AGE) <= 0) {
                return age;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadParameterException(name + " must be an age in years, from 0 to " + MAX_AGE);
    }

    private static final BigDecimal MAX_AGE = BigDecimal.valueOf(150);

    static boolean flag(String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadParameterException(name + " must be true or false");
        };
    }

    /** Kilometres from metres, as the profile gives {@code proximity} in metres. */
    static @Nullable Double proximityKm(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double metres = Double.parseDouble(text.strip());
            if (metres > 0 && metres <= 200_000) {
                return metres / 1000;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadParameterException("proximity must be a distance in metres, more than 0 and at most 200000");
    }

    static @Nullable String text(String name, @Nullable String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new BadParameterException(name + " must be at most " + maxLength + " characters");
        }
        return text.strip();
    }
}
