package org.familyhub.directory;

import java.util.Set;
import java.util.UUID;

/**
 * Raised by the daily roll of the session window for each batch of services it wrote again: the weeks of
 * {@link Meetings} search keeps for these services have moved on a day, so their documents are written again.
 * Stored by the event publication registry like {@link ServicesChanged}, so a roll the search engine missed
 * is delivered later.
 */
public record MeetingsMoved(Set<UUID> serviceIds) {

    public MeetingsMoved {
        serviceIds = Set.copyOf(serviceIds);
    }
}
