package org.familyhub.search;

import java.util.Set;
import java.util.UUID;

/**
 * Whether a course of these services has free places changed (the last place booked, a place given back, a
 * course added or cancelled). Raised in the transaction that changed it and kept by the event publication
 * registry, so the index catches up after the commit, even if it was down. Raised only when "has places" flips,
 * not for every booking: 200 bookings on a 10-place course raise it once.
 */
public record CoursePlacesChanged(Set<UUID> serviceIds) {

    public CoursePlacesChanged {
        serviceIds = Set.copyOf(serviceIds);
    }
}
