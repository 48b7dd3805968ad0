package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.booking.domain.BookingRow;
import org.familyhub.booking.domain.CourseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails every family with a place a reminder the day before their course starts. Each booking is claimed
 * ({@code reminded_at}) before its e-mail is queued in the same transaction, so it is sent once, whichever node
 * runs the job and however often.
 */
@Component
class CourseReminders {

    private static final Logger LOG = LoggerFactory.getLogger(CourseReminders.class);

    private final BookingRepository bookings;
    private final CourseRepository courses;
    private final BookingAuditRepository audit;
    private final BookingMail mail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CourseReminders(BookingRepository bookings, CourseRepository courses, BookingAuditRepository audit,
            BookingMail mail, Clock clock, TransactionTemplate transactions) {
        this.bookings = bookings;
        this.courses = courses;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${familyhub.booking.reminder-cron:0 0 9 * * *}", zone = "${familyhub.time-zone:Europe/London}")
    @SchedulerLock(name = "booking-course-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void scheduled() {
        remind(LocalDate.now(clock));
    }

    /** Reminds the families of courses starting the day after {@code today}; answers how many. */
    int remind(LocalDate today) {
        Integer done = transactions.execute(status -> remindDue(today));
        return done == null ? 0 : done;
    }

    private int remindDue(LocalDate today) {
        Instant now = clock.instant();
        int sent = 0;
        for (BookingRow booking : bookings.toRemind(today.plusDays(1))) {
            if (bookings.claimReminder(booking.id(), now)) {
                courses.find(booking.courseId()).ifPresent(course -> mail.reminder(booking, course));
                audit.record(booking.courseId(), booking.id(), now, Places.SYSTEM, "REMINDED", null);
                sent++;
            }
        }
        if (sent > 0) {
            LOG.info("event=course-reminders sent={}", sent);
        }
        return sent;
    }
}
