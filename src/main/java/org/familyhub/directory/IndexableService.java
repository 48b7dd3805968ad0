package org.familyhub.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service with everything search needs to find, filter and show it, flattened from the directory.
 *
 * @param categoryCodes  category terms and their parents, so a filter on a topic finds its sub-topics
 * @param localityCodes  localities of its venues, or the ones it covers; empty with {@code wholeArea}
 * @param places         where it is, as a card shows it
 * @param maxCost        the highest stated price, null when free or not stated
 * @param closure        while the service is temporarily closed: its closed days, notice and alternative
 */
public record IndexableService(
        UUID id,
        String name,
        @Nullable String alternateName,
        @Nullable String description,
        @Nullable String eligibility,
        String provider,
        String status,
        List<String> categoryCodes,
        List<String> categoryNames,
        List<String> levels,
        List<String> access,
        List<String> delivery,
        List<String> send,
        List<String> languages,
        List<String> accessibility,
        List<String> towns,
        List<String> localityCodes,
        List<String> localityNames,
        boolean wholeArea,
        List<Place> places,
        List<Point> points,
        @Nullable Integer minimumAge,
        @Nullable Integer maximumAge,
        Cost cost,
        @Nullable BigDecimal maxCost,
        List<Slot> slots,
        @Nullable LocalDate assuredDate,
        Instant lastModified,
        @Nullable Closure closure,
        @Nullable Instant firstPublished) {

    public record Point(double latitude, double longitude) {
    }

    /** One weekly or monthly session: its day and times. */
    public record Slot(String day, @Nullable LocalTime opensAt, @Nullable LocalTime closesAt) {
    }
}
