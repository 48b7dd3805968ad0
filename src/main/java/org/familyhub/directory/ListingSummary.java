package org.familyhub.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A listing as the workspace lists it: who runs it, whether it is live, when it was last checked and
 * where it is (the localities of its venues or areas; none means the whole area).
 */
public record ListingSummary(UUID id, String name, UUID organisationId, String organisationName, String status,
        @Nullable LocalDate assuredDate, boolean stale, List<Area> localities, List<String> postcodes) {

    public ListingSummary {
        localities = List.copyOf(localities);
        postcodes = List.copyOf(postcodes);
    }

    /** A live listing last checked before this day (or never) is stale: due for its review. */
    public static LocalDate staleBefore(LocalDate today) {
        return today.minusMonths(ServiceMapping.MONTHS_UNTIL_STALE);
    }

    /** A locality by code and name. */
    public record Area(String code, String name) {
    }
}
