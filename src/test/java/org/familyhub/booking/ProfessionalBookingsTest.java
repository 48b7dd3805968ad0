package org.familyhub.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A professional's list of the places they booked for families: only their own, newest first, the newest few read
 * with their courses in one query and the rest counted; nobody else may ask for it.
 */
@PortalTest
class ProfessionalBookingsTest {

    @Autowired
    CourseAdmin admin;
    @Autowired
    CourseBookings bookings;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theNewestAreListedWithTheirCourseAndTheRestCounted() {
        UUID course = course();
        SignedIn.as(users, "professional");
        long before = bookings.bookedByMe(1).total();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            bookings.book(new PlaceRequest(course, "pro-" + run + "-" + i + "-00000000", "Family " + run + " " + i,
                    "pro-" + run + i + "@example.org", null, "3", 0, null, null, true, true, "Parent " + i));
        }

        BookedForFamilies mine = bookings.bookedByMe(2);

        assertThat(mine.total()).isEqualTo(before + 3);
        assertThat(mine.newest()).extracting(BookedForFamily::familyName)
                .containsExactly("Family " + run + " 2", "Family " + run + " 1");
        assertThat(mine.newest().getFirst().courseTitle()).startsWith("For professionals ");
        assertThat(mine.newest().getFirst().status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(mine.more()).isEqualTo(before + 1);
    }

    @Test
    void aFamilyOrAProviderCannotAskForAProfessionalsList() {
        SignedIn.as(users, "provider");
        assertThatThrownBy(() -> bookings.bookedByMe(10)).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> bookings.bookedByMe(10)).isInstanceOf(RuntimeException.class);
    }

    private UUID course() {
        SignedIn.as(users, "editor");
        try {
            return admin.create(new NewCourse(CourseCapacityTest.INCREDIBLE_YEARS, "For professionals " + UUID.randomUUID(),
                    "Monks Coppenhall Children's Centre", null, LocalDate.now(clock).plusWeeks(6), 6,
                    LocalTime.of(9, 30), LocalTime.of(11, 30), 10, 0, WhoMayBook.BOTH, null, null)).id();
        } finally {
            SignedIn.out();
        }
    }
}
