package org.familyhub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bookings, attendance and completion on the report card against numbers counted by hand, in the first quarter
 * of 2025 (no other booking is that old):
 * <ul>
 * <li>a six-week course in Crewe (6, 13, 20, 27 January, 3 and 10 February): booked before the quarter and came 6
 * times; booked in it and came 4, 3 and 0 times; a cancelled booking and one still waiting;
 * <li>a three-week course in Congleton (3, 10, 17 February): booked in the quarter and came once.
 * </ul>
 * Whole area: 4 bookings, 6 + 4 + 3 + 1 = 14 attendances, 4 started (came at least once), 2 completed (at least
 * 4 of 6, 2 of 3). Crewe and Nantwich: 3 bookings, 13 attendances, 3 started, 2 completed.
 */
@PortalTest
class BookingFiguresTest {

    private static final Period Q1_2025 = Period.quarter(2025, 1);
    private static final UUID CREWE_COURSE = UUID.fromString("00000000-0000-4000-8000-0000000c0001");
    private static final UUID CONGLETON_COURSE = UUID.fromString("00000000-0000-4000-8000-0000000c0002");

    @Autowired
    BookingFigures figures;
    @Autowired
    ReportCard reportCard;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void courses() {
        course(CREWE_COURSE, ReportSample.MONKS_STAY_AND_PLAY.toString(),
                List.of("2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03", "2025-02-10"));
        booking(CREWE_COURSE, "BOOKED", "2024-12-20", 6);
        booking(CREWE_COURSE, "BOOKED", "2025-01-02", 4);
        booking(CREWE_COURSE, "BOOKED", "2025-01-03", 3);
        booking(CREWE_COURSE, "BOOKED", "2025-01-04", 0);
        booking(CREWE_COURSE, "CANCELLED", "2025-01-05", 0);
        booking(CREWE_COURSE, "WAITING", "2025-01-05", 0);
        course(CONGLETON_COURSE, onlyInCongleton(), List.of("2025-02-03", "2025-02-10", "2025-02-17"));
        booking(CONGLETON_COURSE, "BOOKED", "2025-01-20", 1);
    }

    /** Gone again, so no other test (the retention purge's, say) meets these finished courses. */
    @AfterEach
    void forgetCourses() {
        SignedIn.out();
        List<String> courses = List.of(CREWE_COURSE.toString(), CONGLETON_COURSE.toString());
        jdbc.sql("delete from booking where course_id in (:courses)").param("courses", courses).update();
        jdbc.sql("delete from course where id in (:courses)").param("courses", courses).update();
    }

    @Test
    void theWholeAreasFiguresAreCountedByHand() {
        assertThat(figures.between(Q1_2025.from(), Q1_2025.to(), null))
                .contains(new BookingFigures.Counts(4, 14, 4, 2));
    }

    @Test
    void aLocalityCountsTheCoursesAtItsVenues() {
        assertThat(figures.between(Q1_2025.from(), Q1_2025.to(), ReportSample.CREWE))
                .contains(new BookingFigures.Counts(3, 13, 3, 2));
        assertThat(figures.between(Q1_2025.from(), Q1_2025.to(), ReportSample.CONGLETON))
                .contains(new BookingFigures.Counts(1, 1, 1, 0));
    }

    @Test
    void theCardShowsThemWithThePeriodBefore() {
        SignedIn.as(users, "manager");
        Card card = reportCard.card(ReportSample.CREWE, Q1_2025);

        assertThat(card.bookingsRecorded()).isTrue();
        assertThat(card.figure(Measure.BOOKINGS).orElseThrow().value()).isEqualTo(3.0);
        assertThat(card.figure(Measure.BOOKINGS).orElseThrow().previous()).isEqualTo(1.0);
        assertThat(card.figure(Measure.ATTENDANCES).orElseThrow().value()).isEqualTo(13.0);
        assertThat(card.figure(Measure.ATTENDANCES).orElseThrow().previous()).isEqualTo(0.0);
        assertThat(card.figure(Measure.COURSES_COMPLETED).orElseThrow().value()).isCloseTo(200.0 / 3, within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.1);
    }

    private String onlyInCongleton() {
        return jdbc.sql("""
                        select sal.service_id from service_at_location sal join location lo on lo.id = sal.location_id
                        join locality l on l.id = lo.locality_id group by sal.service_id
                        having max(l.code) = 'congleton' and min(l.code) = 'congleton'
                        order by sal.service_id limit 1""").query(String.class).single();
    }

    private void course(UUID id, String serviceId, List<String> sessions) {
        String organisation = jdbc.sql("select organization_id from service where id = ?").param(serviceId)
                .query(String.class).single();
        jdbc.sql("""
                        insert into course (id, service_id, organisation_id, title, venue, start_time, end_time, capacity,
                          places_taken, who_may_book, booking_opens_at, booking_closes_at, first_session, last_session,
                          status, created_at)
                        values (?, ?, ?, 'Known-answer course', 'A hall', '10:00', '12:00', 12, 5, 'BOTH',
                          '2024-12-01 09:00:00', ?, ?, ?, 'OPEN', '2024-12-01 09:00:00')""")
                .params(id.toString(), serviceId, organisation, sessions.getFirst() + " 09:00:00", sessions.getFirst(),
                        sessions.getLast()).update();
        sessions.forEach(day -> jdbc.sql("insert into course_session (course_id, session_date) values (?, ?)")
                .params(id.toString(), day).update());
    }

    /** A booking made on {@code madeOn} that came to the first {@code came} sessions and missed the rest. */
    private void booking(UUID course, String status, String madeOn, int came) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into booking (id, reference, course_id, status, idempotency_key, children_count, created_at)
                        values (?, ?, ?, ?, ?, 1, ?)""")
                .params(id, "KA" + id.substring(0, 8), course.toString(), status, id, madeOn + " 12:00:00").update();
        if (!status.equals("BOOKED")) {
            return;
        }
        List<LocalDate> days = jdbc.sql("select session_date from course_session where course_id = ? order by 1")
                .param(course.toString()).query(LocalDate.class).list();
        for (int i = 0; i < days.size(); i++) {
            jdbc.sql("insert into attendance (booking_id, session_date, attended, marked_at, marked_by)"
                            + " values (?, ?, ?, now(), 'facilitator')")
                    .params(id, days.get(i), i < came).update();
        }
    }
}
