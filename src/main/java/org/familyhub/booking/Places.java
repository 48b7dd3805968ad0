package org.familyhub.booking;

import java.time.Instant;
import java.util.Optional;

import org.familyhub.shared.SecretTokens;
import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.booking.domain.WaitingListRepository;
import org.familyhub.booking.domain.WaitingRow;
import org.springframework.stereotype.Component;

/**
 * What happens to a place that comes free (a cancellation, an offer declined or lapsed): it goes, still held,
 * to the first person waiting, or back to the course when nobody waits. Callers hold the course's row lock, so
 * the place is offered to one person only and nobody else can book it while it is on offer.
 */
@Component
class Places {

    static final String SYSTEM = "system";

    private final CourseRepository courses;
    private final BookingRepository bookings;
    private final WaitingListRepository waitingList;
    private final BookingAuditRepository audit;
    private final BookingMail mail;
    private final BookingProperties properties;
    private final CourseIndexing indexing;

    Places(CourseRepository courses, BookingRepository bookings, WaitingListRepository waitingList,
            BookingAuditRepository audit, BookingMail mail, BookingProperties properties, CourseIndexing indexing) {
        this.indexing = indexing;
        this.courses = courses;
        this.bookings = bookings;
        this.waitingList = waitingList;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
    }

    void free(CourseRow course, Instant now) {
        if (!offerToNext(course, now)) {
            courses.givePlaceBack(course.id());
            audit.record(course.id(), null, now, SYSTEM, "PLACE_FREED", null);
            CourseRow after = courses.find(course.id()).orElseThrow();
            indexing.placesChanged(after.placesTaken() + 1 < after.capacity(), after);
        }
    }

    /**
     * Offers a place already counted as taken to the first person waiting, holding it for the offer time;
     * answers false when nobody waits.
     */
    boolean offerToNext(CourseRow course, Instant now) {
        Optional<WaitingRow> next = waitingList.firstWaiting(course.id());
        if (next.isEmpty()) {
            return false;
        }
        WaitingRow entry = next.get();
        String token = SecretTokens.newToken();
        Instant expires = now.plus(properties.offerTime());
        waitingList.offer(entry.id(), SecretTokens.hash(token), now, expires);
        audit.record(course.id(), entry.bookingId(), now, SYSTEM, "OFFERED", "position " + entry.position());
        bookings.find(entry.bookingId()).ifPresent(booking -> mail.offered(booking, course, token, expires));
        return true;
    }
}
