package org.familyhub.workspace.calendar;

import java.time.Instant;
import java.util.UUID;

import org.familyhub.shared.SavedWords;
import org.jspecify.annotations.Nullable;

/**
 * A service's calendar feed and how its last pull went, each said in the reader's language when shown.
 *
 * @param lastStatus how many sessions the last pull gave, or that it changed nothing ({@code calendarFeed.status.*})
 * @param lastError  why the last pull changed nothing ({@code calendarFeed.error.*}); null after a good one
 */
public record CalendarFeed(UUID serviceId, String url, @Nullable Instant lastPulledAt, @Nullable SavedWords lastStatus,
        @Nullable SavedWords lastError) {
}
