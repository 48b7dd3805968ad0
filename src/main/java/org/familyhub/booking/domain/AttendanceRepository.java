package org.familyhub.booking.domain;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.familyhub.booking.domain.Rows.ts;

/** The {@code attendance} table: who came to which session. */
@Repository
public class AttendanceRepository {

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void mark(UUID bookingId, LocalDate session, boolean attended, Instant at, String by) {
        jdbc.sql("""
                insert into attendance (booking_id, session_date, attended, marked_at, marked_by) values (?, ?, ?, ?, ?)
                on duplicate key update attended = values(attended), marked_at = values(marked_at),
                marked_by = values(marked_by)""")
                .params(bookingId, Date.valueOf(session), attended, ts(at), by).update();
    }

    /** Booking id → attended, for one session of a course. */
    public Map<UUID, Boolean> ofSession(UUID courseId, LocalDate session) {
        return jdbc.sql("""
                select a.booking_id, a.attended from attendance a join booking b on b.id = a.booking_id
                where b.course_id = ? and a.session_date = ?""")
                .params(courseId, Date.valueOf(session))
                .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getBoolean(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
