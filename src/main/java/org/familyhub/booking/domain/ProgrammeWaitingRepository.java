package org.familyhub.booking.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.familyhub.booking.domain.Rows.instant;
import static org.familyhub.booking.domain.Rows.ts;
import static org.familyhub.booking.domain.Rows.uuid;

/** The {@code programme_waiting_entry} table: people waiting for the next course of a programme. */
@Repository
public class ProgrammeWaitingRepository {

    /** An entry; the personal columns are null once purged. */
    public record Entry(UUID id, String reference, UUID serviceId, String status, Instant createdAt,
            int childrenCount, @Nullable String parentName, @Nullable String email, @Nullable String phone,
            @Nullable String childrenAges) {
    }

    private static final String COLUMNS = """
            id, reference, service_id, status, created_at, children_count, parent_name, email, phone, children_ages""";

    private final JdbcClient jdbc;

    ProgrammeWaitingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an entry; a second one with the same idempotency key fails on the unique key. */
    public void insert(Entry e, String idempotencyKey) {
        jdbc.sql("insert into programme_waiting_entry (" + COLUMNS + """
                , idempotency_key, consent_to_contact) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(e.id(), e.reference(), e.serviceId(), e.status(), ts(e.createdAt()), e.childrenCount(),
                        e.parentName(), e.email(), e.phone(), e.childrenAges(), idempotencyKey)
                .update();
    }

    public java.util.Optional<Entry> byIdempotencyKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from programme_waiting_entry where idempotency_key = ?").param(key)
                .query(ProgrammeWaitingRepository::row).optional();
    }

    public boolean referenceExists(String reference) {
        return jdbc.sql("select count(*) from programme_waiting_entry where reference = ?").param(reference)
                .query(Long.class).single() > 0;
    }

    /** A programme's entries still waiting, oldest first, locked (a new course is taking them). */
    public List<Entry> waiting(UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + """
                 from programme_waiting_entry where service_id = ? and status = 'WAITING'
                order by created_at, id for update""")
                .param(serviceId).query(ProgrammeWaitingRepository::row).list();
    }

    public List<Entry> ofService(UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + " from programme_waiting_entry where service_id = ? order by created_at, id")
                .param(serviceId).query(ProgrammeWaitingRepository::row).list();
    }

    public void close(UUID entryId, UUID bookingId, Instant at) {
        jdbc.sql("""
                update programme_waiting_entry set status = 'CLOSED', closed_at = ?, moved_to_booking_id = ?
                where id = ? and status = 'WAITING'""").params(ts(at), bookingId, entryId).update();
    }

    /** Forgets the personal details of entries closed before {@code cutoff}; answers how many. */
    public int purgeClosedBefore(Instant cutoff, Instant at) {
        return jdbc.sql("""
                update programme_waiting_entry set parent_name = null, email = null, phone = null,
                children_ages = null, consent_to_contact = null, purged_at = ?
                where status = 'CLOSED' and closed_at < ? and purged_at is null""")
                .params(ts(at), ts(cutoff)).update();
    }

    static Entry row(ResultSet row, int number) throws SQLException {
        return new Entry(uuid(row, "id"), row.getString("reference"), uuid(row, "service_id"), row.getString("status"),
                instant(row, "created_at"), row.getInt("children_count"), row.getString("parent_name"),
                row.getString("email"), row.getString("phone"), row.getString("children_ages"));
    }
}
