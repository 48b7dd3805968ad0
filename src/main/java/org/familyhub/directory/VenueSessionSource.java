package org.familyhub.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Another module's dated sessions held at a venue, shown in the venue's week with the directory's own: a parenting
 * programme's course sessions. The directory names the venue; the source answers the sessions it places there, of
 * whichever services, and the directory keeps those of services that meet at that venue. (The source used to be
 * given every service meeting there: at a busy venue of a large directory, thousands of ids a page load.)
 */
public interface VenueSessionSource {

    List<DatedSession> sessionsAt(String venueName, LocalDate from, LocalDate to);

    record DatedSession(UUID serviceId, LocalDate date, LocalTime opensAt, LocalTime closesAt, String description) {
    }
}
