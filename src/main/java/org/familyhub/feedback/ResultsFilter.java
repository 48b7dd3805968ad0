package org.familyhub.feedback;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which responses to count: one version (null for the current one), optionally one service, one
 * locality and a period of days (both ends included).
 */
public record ResultsFilter(@Nullable Integer version, @Nullable UUID serviceId, @Nullable String localityCode,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final ResultsFilter ALL = new ResultsFilter(null, null, null, null, null);
}
