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
import static org.familyhub.booking.domain.Rows.tsOrNull;
import static org.familyhub.booking.domain.Rows.uuid;
import static org.familyhub.booking.domain.Rows.uuidOrNull;

/** The {@code booking} table. */
@Repository
public class BookingRepository {

    private static final String COLUMNS = """
            id, reference, course_id, status, idempotency_key, cancel_token_hash, children_count, creche_children,
            booked_by_user_id, consent_recorded_at, created_at, cancelled_at, parent_name, email, phone, children_ages,
            creche_needs, access_needs, consent_to_contact, booked_by_name, consent_given_by""";

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a booking. A second booking with the same idempotency key fails on the unique key
     * ({@link org.springframework.dao.DuplicateKeyException}) and its transaction is rolled back whole.
     */
    public void insert(BookingRow b) {
        jdbc.sql("insert into booking (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(b.id(), b.reference(), b.courseId(), b.status(), b.idempotencyKey(), b.cancelTokenHash(),
                        b.childrenCount(), b.crecheChildren(), b.bookedByUserId(), tsOrNull(b.consentRecordedAt()),
                        ts(b.createdAt()), tsOrNull(b.cancelledAt()), b.parentName(), b.email(), b.phone(),
                        b.childrenAges(), b.crecheNeeds(), b.accessNeeds(), b.consentToContact(), b.bookedByName(),
                        b.consentGivenBy())
                .update();
    }

    public Optional<BookingRow> byIdempotencyKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from booking where idempotency_key = ?").param(key)
                .query(BookingRepository::row).optional();
    }

    public Optional<BookingRow> byCancelTokenHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from booking where cancel_token_hash = ?").param(hash)
                .query(BookingRepository::row).optional();
    }

    public Optional<BookingRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from booking where id = ?").param(id)
                .query(BookingRepository::row).optional();
    }

    /** Re-reads a booking under a row lock; callers hold its course's lock first. */
    public Optional<BookingRow> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from booking where id = ? for update").param(id)
                .query(BookingRepository::row).optional();
    }

    public boolean referenceExists(String reference) {
        return jdbc.sql("select count(*) from booking where reference = ?").param(reference)
                .query(Long.class).single() > 0;
    }

    public List<BookingRow> ofCourse(UUID courseId) {
        return jdbc.sql("select " + COLUMNS + " from booking where course_id = ? order by created_at, reference")
                .param(courseId).query(BookingRepository::row).list();
    }

    /** A booking a professional made, with its course's facts: one row of their list. */
    public record BookedByRow(String reference, @org.jspecify.annotations.Nullable String parentName,
            String courseTitle, String venue, java.time.LocalDate firstSession, String status, Instant createdAt) {
    }

    /** The newest {@code limit} bookings the user made for families, with their courses, in one query. */
    public List<BookedByRow> bookedBy(UUID userId, int limit) {
        return jdbc.sql("""
                select b.reference, b.parent_name, c.title, c.venue, c.first_session, b.status, b.created_at
                from booking b join course c on c.id = b.course_id where b.booked_by_user_id = ?
                order by b.created_at desc, b.id limit ?""")
                .params(userId, limit).query((row, n) -> new BookedByRow(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getDate(5).toLocalDate(), row.getString(6),
                        row.getTimestamp(7).toInstant())).list();
    }

    public long countBookedBy(UUID userId) {
        return jdbc.sql("select count(*) from booking where booked_by_user_id = ?").param(userId)
                .query(Long.class).single();
    }

    /** The booking was moved to another course: it ends here, pointing at the booking that replaced it. */
    public void movedTo(UUID id, UUID newBookingId, Instant at) {
        jdbc.sql("update booking set status = 'MOVED', cancelled_at = ?, moved_to_booking_id = ? where id = ?")
                .params(ts(at), newBookingId, id).update();
    }

    public void setStatus(UUID id, String status, Instant at) {
        boolean cancelled = "CANCELLED".equals(status) || "NOT_PLACED".equals(status);
        jdbc.sql("update booking set status = ?, cancelled_at = ? where id = ?")
                .params(status, cancelled ? ts(at) : null, id).update();
    }

    /**
     * Bookings with a place on open courses starting on the day given that have not been reminded yet, to
     * remind the day before.
     */
    public List<BookingRow> toRemind(java.time.LocalDate firstSession) {
        return jdbc.sql("select " + prefixed("b") + """
                 from booking b join course c on c.id = b.course_id
                where c.first_session = ? and c.status = 'OPEN' and b.status = 'BOOKED' and b.reminded_at is null
                order by b.created_at""")
                .param(java.sql.Date.valueOf(firstSession)).query(BookingRepository::row).list();
    }

    /** Claims a booking's reminder; false when it was sent already (by another node, or an earlier run). */
    public boolean claimReminder(UUID id, Instant at) {
        return jdbc.sql("update booking set reminded_at = ? where id = ? and reminded_at is null")
                .params(ts(at), id).update() == 1;
    }

    private static String prefixed(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(",")).map(String::strip).map(c -> alias + "." + c)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Forgets the family's details of a course's bookings; counts and statuses stay for the report card. */
    public int purgeCourse(UUID courseId, Instant at) {
        return jdbc.sql("""
                update booking set parent_name = null, email = null, phone = null, children_ages = null,
                creche_needs = null, access_needs = null, consent_to_contact = null, booked_by_name = null,
                consent_given_by = null, cancel_token_hash = null, purged_at = ?
                where course_id = ? and purged_at is null""").params(ts(at), courseId).update();
    }

    static BookingRow row(ResultSet row, int number) throws SQLException {
        return new BookingRow(uuid(row, "id"), row.getString("reference"), uuid(row, "course_id"),
                row.getString("status"), row.getString("idempotency_key"), row.getString("cancel_token_hash"),
                row.getInt("children_count"), row.getInt("creche_children"), uuidOrNull(row, "booked_by_user_id"),
                instantOrNull(row, "consent_recorded_at"), instant(row, "created_at"),
                instantOrNull(row, "cancelled_at"), row.getString("parent_name"), row.getString("email"),
                row.getString("phone"), row.getString("children_ages"), row.getString("creche_needs"),
                row.getString("access_needs"), row.getBoolean("consent_to_contact"), row.getString("booked_by_name"),
                row.getString("consent_given_by"));
    }
}
