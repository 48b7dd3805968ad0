package org.familyhub.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The day before a course starts, every family with a place is reminded, once; those waiting are not. */
@PortalTest
class CourseRemindersTest {

    @Autowired
    CourseBookings bookings;
    @Autowired
    CourseAdmin admin;
    @Autowired
    CourseReminders reminders;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Clock clock;

    @Test
    void familiesWithAPlaceAreRemindedOnceTheDayBeforeTheFirstSession() {
        SignedIn.as(users, "editor");
        UUID course = admin.create(new NewCourse(CourseCapacityTest.INCREDIBLE_YEARS, "Reminded " + UUID.randomUUID(),
                "Crewe", null, LocalDate.now(clock).plusWeeks(7), 2, LocalTime.of(10, 0), LocalTime.of(11, 0), 1, 0, WhoMayBook.BOTH, null,
                null)).id();
        SignedIn.out();
        PlaceRequest booked = CourseCapacityTest.form(course, UUID.randomUUID().toString());
        PlaceRequest waiting = CourseCapacityTest.form(course, UUID.randomUUID().toString());
        bookings.book(booked);
        bookings.book(waiting);
        LocalDate dayBefore = bookings.course(course).orElseThrow().firstSession().minusDays(1);

        reminders.remind(dayBefore.minusDays(1));
        assertThat(mailbox.to(booked.email())).as("not two days before").extracting(SentEmail::subject)
                .noneMatch(s -> s.startsWith("Tomorrow:"));
        assertThat(reminders.remind(dayBefore)).isPositive();
        reminders.remind(dayBefore);

        assertThat(mailbox.to(booked.email())).as("once only").extracting(SentEmail::subject)
                .filteredOn(s -> s.startsWith("Tomorrow:")).hasSize(1);
        assertThat(mailbox.to(waiting.email())).extracting(SentEmail::subject).noneMatch(s -> s.startsWith("Tomorrow:"));
    }
}
