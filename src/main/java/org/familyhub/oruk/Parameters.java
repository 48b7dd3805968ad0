package org.familyhub.oruk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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
