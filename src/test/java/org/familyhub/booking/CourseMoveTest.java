package org.familyhub.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.mail.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A provider or editor moves a family with a place to another course of the same programme: the new place is taken
 * under the database's capacity guard, the old one goes to the first person waiting, the family is e-mailed, every
 * step audited; a full, foreign or other programme's course refuses and nothing changes. Against the real MariaDB.
 */
@PortalTest
class CourseMoveTest {

    /** Connexions Crewe, a service of the demo provider's organisation. */
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");

    @Autowired
    CourseAdmin admin;
    @Autowired
    CourseBookings bookings;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aFamilyMovesToAnotherCourseAndTheirOldPlaceIsOfferedToTheFirstWaiting() {
        UUID from = course(CourseCapacityTest.INCREDIBLE_YEARS, 1);
        UUID to = course(CourseCapacityTest.INCREDIBLE_YEARS, 1);
        String run = UUID.randomUUID().toString().substring(0, 8);
        BookingOutcome moving = bookings.book(CourseCapacityTest.form(from, "mover-" + run));
        BookingOutcome waiting = bookings.book(CourseCapacityTest.form(from, "waiter-" + run));
        assertThat(waiting.status()).isEqualTo(BookingStatus.WAITING);

        BookingOutcome moved = asEditor(() -> admin.move(moving.bookingId(), to));

        assertThat(moved.courseId()).isEqualTo(to);
        assertThat(moved.reference()).isNotEqualTo(moving.reference());
        assertThat(status(moving.bookingId())).isEqualTo("MOVED");
        assertThat(jdbc.sql("select moved_to_booking_id from booking where id = ?").param(moving.bookingId())
                .query(UUID.class).single()).isEqualTo(moved.bookingId());
        assertThat(status(moved.bookingId())).isEqualTo("BOOKED");
        assertThat(taken(to)).isEqualTo(1);
        assertThat(jdbc.sql("select status from waiting_list_entry where booking_id = ?").param(waiting.bookingId())
                .query(String.class).single()).as("the freed place is offered, as on a cancellation").isEqualTo("OFFERED");
        assertThat(taken(from)).as("held for the one offered").isEqualTo(1);
        assertThat(mailbox.to("p-mover-" + run + "@example.org")).anySatisfy(mail -> {
            assertThat(mail.subject()).contains("Your place has moved", moved.reference());
            assertThat(mail.body()).contains("token=");
        });
        assertThat(jdbc.sql("select action from booking_audit where booking_id in (?, ?) order by action")
                .params(moving.bookingId(), moved.bookingId()).query(String.class).list())
                .contains("MOVED_IN", "MOVED_OUT");
    }

    @Test
    void aFullCourseAnotherProgrammeAndAnotherOrganisationAreRefusedAndNothingChanges() {
        UUID from = course(CourseCapacityTest.INCREDIBLE_YEARS, 2);
        UUID full = course(CourseCapacityTest.INCREDIBLE_YEARS, 1);
        UUID otherProgramme = course(CONNEXIONS_CREWE, 5);
        String run = UUID.randomUUID().toString().substring(0, 8);
        BookingOutcome family = bookings.book(CourseCapacityTest.form(from, "stay-" + run));
        bookings.book(CourseCapacityTest.form(full, "there-" + run));

        assertThatThrownBy(() -> asEditor(() -> admin.move(family.bookingId(), full)))
                .isInstanceOf(InvalidBookingException.class).hasMessageContaining("no free place");
        assertThatThrownBy(() -> asEditor(() -> admin.move(family.bookingId(), otherProgramme)))
                .isInstanceOf(InvalidBookingException.class).hasMessageContaining("same programme");
        assertThatThrownBy(() -> asEditor(() -> admin.move(family.bookingId(), from)))
                .isInstanceOf(InvalidBookingException.class).hasMessageContaining("same programme");
        SignedIn.as(users, "provider");
        assertThatThrownBy(() -> admin.move(family.bookingId(), full)).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();

        assertThat(status(family.bookingId())).isEqualTo("BOOKED");
        assertThat(taken(from)).isEqualTo(1);
        assertThat(taken(full)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from booking where course_id in (?, ?)").params(full, otherProgramme)
                .query(Long.class).single()).as("no booking made").isEqualTo(1);
    }

    @Test
    void tenFamiliesMovedAtOnceToACourseWithThreePlacesGetExactlyThree() throws Exception {
        UUID from = course(CourseCapacityTest.INCREDIBLE_YEARS, 10);
        UUID to = course(CourseCapacityTest.INCREDIBLE_YEARS, 3);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> families = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            families.add(bookings.book(CourseCapacityTest.form(from, "many-" + run + "-" + i)).bookingId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (UUID family : families) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return asEditor(() -> admin.move(family, to)) != null;
                    } catch (InvalidBookingException full) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long moved = 0;
            for (Future<Boolean> result : results) {
                moved += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(moved).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(taken(to)).isEqualTo(3);
        assertThat(taken(from)).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from booking where course_id = ? and status = 'MOVED'").param(from)
                .query(Long.class).single()).isEqualTo(3);
    }

    private <T> T asEditor(java.util.function.Supplier<T> action) {
        SignedIn.as(users, "editor");
        try {
            return action.get();
        } finally {
            SignedIn.out();
        }
    }

    private UUID course(UUID programme, int capacity) {
        return asEditor(() -> admin.create(new NewCourse(programme, "Move " + UUID.randomUUID(), "A hall", null,
                LocalDate.now(clock).plusWeeks(7), 4, LocalTime.of(10, 0), LocalTime.of(12, 0), capacity, 0,
                WhoMayBook.BOTH, null, null)).id());
    }

    private String status(UUID booking) {
        return jdbc.sql("select status from booking where id = ?").param(booking).query(String.class).single();
    }

    private int taken(UUID course) {
        return jdbc.sql("select places_taken from course where id = ?").param(course).query(Integer.class).single();
    }
}
