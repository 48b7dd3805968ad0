package org.familyhub.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.FrontDoorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Families' details of a course finished longer ago than the retention period go; the counts stay. */
@PortalTest
class BookingRetentionPurgeTest {

    @Autowired
    CourseBookings bookings;
    @Autowired
    CourseAdmin admin;
    @Autowired
    BookingRetentionPurge purge;
    @Autowired
    FrontDoorProperties properties;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aFinishedCourseLosesItsFamiliesDetailsAfterTheRetentionPeriodButKeepsItsCounts() {
        Instant later = clock.instant().plus(Duration.ofDays(30)).plus(properties.retention()).plus(Duration.ofDays(1));
        purge.purge(later); // other tests' courses that would be due by then, so the count below is this test's
        SignedIn.as(users, "editor");
        UUID course = admin.create(new org.familyhub.booking.NewCourse(CourseCapacityTest.INCREDIBLE_YEARS,
                "Purge " + UUID.randomUUID(), "Crewe", null, java.time.LocalDate.now(clock).plusWeeks(2), 3,
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0), 5, 0, WhoMayBook.BOTH, null, null)).id();
        UUID current = admin.create(new org.familyhub.booking.NewCourse(CourseCapacityTest.INCREDIBLE_YEARS,
                "Kept " + UUID.randomUUID(), "Crewe", null, java.time.LocalDate.now(clock).plusWeeks(2), 3,
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0), 5, 0, WhoMayBook.BOTH, null, null)).id();
        SignedIn.out();
        bookings.book(CourseCapacityTest.form(course, UUID.randomUUID().toString()));
        bookings.book(CourseCapacityTest.form(current, UUID.randomUUID().toString()));
        jdbc.sql("update course set last_session = ? where id = ?")
                .params(java.sql.Date.valueOf(java.time.LocalDate.now(clock).plusDays(20)), course).update();
        jdbc.sql("update course set last_session = ? where id = ?")
                .params(java.sql.Date.valueOf(java.time.LocalDate.now(clock).plusDays(60)), current).update();

        assertThat(purge.purge(later)).isEqualTo(1);

        assertThat(jdbc.sql("select count(*) from booking where course_id = ? and parent_name is null and email is null"
                + " and children_ages is null and purged_at is not null and status = 'BOOKED'").param(course)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from booking where course_id = ? and parent_name is not null")
                .param(current).query(Long.class).single()).isEqualTo(1);
        assertThat(purge.purge(later)).as("nothing left to purge").isZero();
    }
}
