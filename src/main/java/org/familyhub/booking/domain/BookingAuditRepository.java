package org.familyhub.booking.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.familyhub.booking.domain.Rows.ts;

/** The {@code booking_audit} table: every step of courses, bookings and offers, in the step's transaction. */
@Repository
public class BookingAuditRepository {

    private final JdbcClient jdbc;

    BookingAuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID courseId, @Nullable UUID bookingId, Instant at, String actor, String action,
            @Nullable String detail) {
        jdbc.sql("insert into booking_audit (id, course_id, booking_id, at, actor, action, detail) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), courseId, bookingId, ts(at), actor, action, detail).update();
    }

    public List<String> actionsOfCourse(UUID courseId) {
        return jdbc.sql("select action from booking_audit where course_id = ? order by at, action")
                .param(courseId).query(String.class).list();
    }

    /** Details may name people (a reason, a name): the retention purge forgets them with the bookings. */
    public void forgetDetails(UUID courseId) {
        jdbc.sql("update booking_audit set detail = null where course_id = ?").param(courseId).update();
    }
}
