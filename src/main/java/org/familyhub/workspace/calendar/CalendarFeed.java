package org.familyhub.workspace.calendar;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service's calendar feed and how its last pull went.
 *
 * @param lastStatus in words: how many sessions the last pull gave, or that it changed nothing
 * @param lastError  why the last pull changed nothing; null after a good one
 */
public record CalendarFeed(UUID serviceId, String url, @Nullable Instant lastPulledAt, @Nullable String lastStatus,
        @Nullable String lastError) {
}
