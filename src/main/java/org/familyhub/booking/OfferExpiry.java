package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.booking.domain.WaitingListRepository;
import org.familyhub.booking.domain.WaitingRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lapses offers nobody answered in time and offers each place to the next person waiting. The timer is the
 * database's {@code offer_expires_at}, so a restart loses nothing; each course is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so with several app nodes one node handles it and the others pass it by (as
 * they do a course busy with a booking: the next run takes it).
 */
@Component
class OfferExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(OfferExpiry.class);

    private final CourseRepository courses;
    private final BookingRepository bookings;
    private final WaitingListRepository waitingList;
    private final BookingAuditRepository audit;
    private final Places places;
    private final BookingMail mail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OfferExpiry(CourseRepository courses, BookingRepository bookings, WaitingListRepository waitingList,
            BookingAuditRepository audit, Places places, BookingMail mail, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.courses = courses;
        this.bookings = bookings;
        this.waitingList = waitingList;
        this.audit = audit;
        this.places = places;
        this.mail = mail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${familyhub.booking.expiry-check-every:PT1M}")
    @SchedulerLock(name = "booking-offer-expiry")
    void scheduled() {
        expire(clock.instant());
    }

    /** Lapses the offers due at {@code now}, one course per transaction; answers how many lapsed. */
    int expire(Instant now) {
        int lapsed = 0;
        for (UUID courseId : waitingList.coursesWithOffersDue(now)) {
            Integer count = transactions.execute(status -> expireCourse(courseId, now));
            lapsed += count == null ? 0 : count;
        }
        if (lapsed > 0) {
            LOG.info("event=offers-lapsed count={}", lapsed);
        }
        return lapsed;
    }

    private int expireCourse(UUID courseId, Instant now) {
        CourseRow course = courses.lockIfFree(courseId).orElse(null);
        if (course == null) {
            return 0;
        }
        int lapsed = 0;
        for (WaitingRow entry : waitingList.offersDue(courseId, now)) {
            waitingList.decide(entry.id(), WaitingStatus.OFFERED.name(), WaitingStatus.EXPIRED.name(), now);
            bookings.setStatus(entry.bookingId(), BookingStatus.NOT_PLACED.name(), now);
            audit.record(courseId, entry.bookingId(), now, Places.SYSTEM, "OFFER_LAPSED", null);
            bookings.find(entry.bookingId()).ifPresent(booking -> mail.offerLapsed(booking, course));
            places.free(course, now);
            lapsed++;
        }
        return lapsed;
    }
}
