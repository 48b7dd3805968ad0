package org.familyhub.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Another module's dated sessions held at a venue, shown in the venue's week with the directory's own: a parenting
 * programme's course sessions. The directory names the venue and the services that meet there; the source answers
 * the sessions of those services it can place at that venue.
 */
public interface VenueSessionSource {

    List<DatedSession> sessionsAt(String venueName, Collection<UUID> servicesThere, LocalDate from, LocalDate to);

    record DatedSession(UUID serviceId, LocalDate date, LocalTime opensAt, LocalTime closesAt, String description) {
    }
}
