package org.familyhub.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service with everything search needs to find, filter and show it, flattened from the directory.
 *
 * @param categoryCodes  category terms and their parents, so a filter on a topic finds its sub-topics
 * @param localityCodes  localities of its venues, or the ones it covers; empty with {@code wholeArea}
 * @param residentsOf    the localities whose families alone may use it (its service areas); empty: anyone
 * @param places         where it is, as a card shows it
 * @param maxCost        the highest stated price, null when free or not stated
 * @param closure        while the service is temporarily closed: its closed days, notice and alternative
 * @param meetings       its sessions' meetings in the weeks ahead ({@link Meetings}), in the council's local time
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
        List<String> residentsOf,
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
        List<Meeting> meetings,
        @Nullable Instant firstPublished) {

    public record Point(double latitude, double longitude) {
    }

    /** One weekly or monthly session: its day and times. */
    public record Slot(String day, @Nullable LocalTime opensAt, @Nullable LocalTime closesAt) {
    }

    /**
     * One meeting of a session, from its start to its end in local time.
     *
     * @param attendable something a family goes to (a group, a class), not an office's opening hours
     */
    public record Meeting(LocalDateTime starts, LocalDateTime ends, boolean attendable) {
    }
}
