package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.ProgrammeWaitingRepository;
import org.familyhub.frontdoor.FrontDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets the families' details of courses that finished longer ago than the front door's retention period
 * (the same setting, {@code familyhub.frontdoor.retention}: one promise to families about how long we keep what
 * they told us), and those of programme waiting-list entries closed longer ago than that. Statuses, counts,
 * crèche numbers and attendance stay for the report card.
 */
@Component
class BookingRetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(BookingRetentionPurge.class);

    private final CourseRepository courses;
    private final BookingRepository bookings;
    private final BookingAuditRepository audit;
    private final ProgrammeWaitingRepository programmeList;
    private final FrontDoorProperties retention;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BookingRetentionPurge(CourseRepository courses, BookingRepository bookings, BookingAuditRepository audit,
            ProgrammeWaitingRepository programmeList, FrontDoorProperties retention, Clock clock,
            TransactionTemplate transactions) {
        this.programmeList = programmeList;
        this.courses = courses;
        this.bookings = bookings;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${familyhub.frontdoor.purge-check-every:PT1H}")
    @SchedulerLock(name = "booking-retention-purge")
    void scheduled() {
        purge(clock.instant());
    }

    /** Purges the bookings of courses whose last session was before {@code now} less the period; answers how many. */
    int purge(Instant now) {
        Integer done = transactions.execute(status -> purgeDue(now));
        return done == null ? 0 : done;
    }

    private int purgeDue(Instant now) {
        LocalDate cutoff = LocalDate.ofInstant(now.minus(retention.retention()), clock.getZone());
        int purged = 0;
        for (UUID course : courses.finishedBefore(cutoff)) {
            purged += bookings.purgeCourse(course, now);
            audit.forgetDetails(course);
            audit.record(course, null, now, Places.SYSTEM, "PURGED", null);
        }
        // A programme's waiting-list entry is done with once it has moved onto a course (closed): the same
        // period then runs from that day.
        int entries = programmeList.purgeClosedBefore(now.minus(retention.retention()), now);
        if (purged > 0 || entries > 0) {
            LOG.info("event=booking-retention-purge bookings={} programmeListEntries={}", purged, entries);
        }
        return purged;
    }
}
