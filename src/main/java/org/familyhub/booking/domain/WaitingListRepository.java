package org.familyhub.booking.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.familyhub.booking.domain.Rows.instant;
import static org.familyhub.booking.domain.Rows.instantOrNull;
import static org.familyhub.booking.domain.Rows.ts;
import static org.familyhub.booking.domain.Rows.uuid;

/**
 * The {@code waiting_list_entry} table. Callers hold the course's row lock ({@link CourseRepository#lock}) for
 * every change, so the next position and the first one waiting are read without a race.
 */
@Repository
public class WaitingListRepository {

    private static final String COLUMNS = """
            id, course_id, booking_id, position, queued_at, status, offered_at, offer_expires_at, offer_token_hash,
            decided_at""";

    private final JdbcClient jdbc;

    WaitingListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a booking at the end of its course's list; answers its position (from 1). */
    public int append(UUID courseId, UUID bookingId, Instant at) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from waiting_list_entry where course_id = ?")
                .param(courseId).query(Integer.class).single();
        jdbc.sql("""
                insert into waiting_list_entry (id, course_id, booking_id, position, queued_at, status)
                values (?, ?, ?, ?, ?, 'WAITING')""")
                .params(UUID.randomUUID(), courseId, bookingId, position, ts(at)).update();
        return position;
    }

    /** The first one still waiting (not yet offered) on the course's list, locked. */
    public Optional<WaitingRow> firstWaiting(UUID courseId) {
        return jdbc.sql("select " + COLUMNS + """
                 from waiting_list_entry where course_id = ? and status = 'WAITING'
                order by position limit 1 for update""")
                .param(courseId).query(WaitingListRepository::row).optional();
    }

    public void offer(UUID entryId, String tokenHash, Instant at, Instant expiresAt) {
        jdbc.sql("""
                update waiting_list_entry set status = 'OFFERED', offered_at = ?, offer_expires_at = ?,
                offer_token_hash = ? where id = ? and status = 'WAITING'""")
                .params(ts(at), ts(expiresAt), tokenHash, entryId).update();
    }

    /** Moves an entry on from the state it was read in; answers false when it had moved on already. */
    public boolean decide(UUID entryId, String from, String to, Instant at) {
        return jdbc.sql("update waiting_list_entry set status = ?, decided_at = ? where id = ? and status = ?")
                .params(to, ts(at), entryId, from).update() == 1;
    }

    public Optional<WaitingRow> byOfferTokenHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from waiting_list_entry where offer_token_hash = ?").param(hash)
                .query(WaitingListRepository::row).optional();
    }

    public Optional<WaitingRow> ofBooking(UUID bookingId) {
        return jdbc.sql("select " + COLUMNS + " from waiting_list_entry where booking_id = ? for update")
                .param(bookingId).query(WaitingListRepository::row).optional();
    }

    public List<WaitingRow> ofCourse(UUID courseId) {
        return jdbc.sql("select " + COLUMNS + " from waiting_list_entry where course_id = ? order by position")
                .param(courseId).query(WaitingListRepository::row).list();
    }

    public int waitingCount(UUID courseId) {
        return jdbc.sql("select count(*) from waiting_list_entry where course_id = ? and status in ('WAITING', 'OFFERED')")
                .param(courseId).query(Integer.class).single();
    }

    /** Courses with an offer past its time, read without locks: the expiry job then claims each course. */
    public List<UUID> coursesWithOffersDue(Instant now) {
        return jdbc.sql("""
                select distinct course_id from waiting_list_entry where status = 'OFFERED' and offer_expires_at <= ?""")
                .param(ts(now)).query(UUID.class).list();
    }

    /** A claimed course's offers past their time, locked. */
    public List<WaitingRow> offersDue(UUID courseId, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                 from waiting_list_entry where course_id = ? and status = 'OFFERED' and offer_expires_at <= ?
                order by position for update""")
                .params(courseId, ts(now)).query(WaitingListRepository::row).list();
    }

    /** Everyone still waiting or offered on a course, locked (a course being cancelled). */
    public List<WaitingRow> open(UUID courseId) {
        return jdbc.sql("select " + COLUMNS + """
                 from waiting_list_entry where course_id = ? and status in ('WAITING', 'OFFERED')
                order by position for update""")
                .param(courseId).query(WaitingListRepository::row).list();
    }

    static WaitingRow row(ResultSet row, int number) throws SQLException {
        return new WaitingRow(uuid(row, "id"), uuid(row, "course_id"), uuid(row, "booking_id"), row.getInt("position"),
                instant(row, "queued_at"), row.getString("status"), instantOrNull(row, "offered_at"),
                instantOrNull(row, "offer_expires_at"), row.getString("offer_token_hash"),
                instantOrNull(row, "decided_at"));
    }
}
