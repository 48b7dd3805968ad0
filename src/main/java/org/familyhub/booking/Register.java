package org.familyhub.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The register of one session: every family with a place, and whether they came (null: not marked yet). */
public record Register(CourseSummary course, LocalDate session, List<Entry> entries) {

    public Register {
        entries = List.copyOf(entries);
    }

    public record Entry(UUID bookingId, String reference, @Nullable String parentName, @Nullable String childrenAges,
            int crecheChildren, @Nullable String accessNeeds, @Nullable Boolean attended) {
    }
}
