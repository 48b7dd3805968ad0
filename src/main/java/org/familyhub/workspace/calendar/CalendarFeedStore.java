package org.familyhub.workspace.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.shared.SavedWords;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The table {@code service_calendar_feed}: one feed address per service, and how its last pull went. */
@Repository
@Transactional
public class CalendarFeedStore {

    private final JdbcClient jdbc;

    CalendarFeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<CalendarFeed> find(UUID serviceId) {
        return jdbc.sql("select * from service_calendar_feed where service_id = ?").param(serviceId)
                .query(CalendarFeedStore::feed).optional();
    }

    /** A new address is pulled at the next run: its last pull is forgotten. */
    public void save(UUID serviceId, String url) {
        int updated = jdbc.sql("""
                update service_calendar_feed set url = ?, last_pulled_at = null, last_status = null, last_error = null
                where service_id = ? and url <> ?""").params(url, serviceId, url).update();
        if (updated == 0) {
            jdbc.sql("insert ignore into service_calendar_feed (service_id, url) values (?, ?)")
                    .params(serviceId, url).update();
        }
    }

    public void remove(UUID serviceId) {
        jdbc.sql("delete from service_calendar_feed where service_id = ?").param(serviceId).update();
    }

    /** Up to {@code limit} feeds not pulled since {@code before}, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<CalendarFeed> due(Instant before, int limit) {
        return jdbc.sql("""
                select * from service_calendar_feed where last_pulled_at is null or last_pulled_at < ?
                order by last_pulled_at is not null, last_pulled_at, service_id limit ?""")
                .params(Timestamp.from(before), limit).query(CalendarFeedStore::feed).list();
    }

    public void pulled(UUID serviceId, Instant at, SavedWords status, @Nullable SavedWords error) {
        jdbc.sql("""
                update service_calendar_feed set last_pulled_at = ?, last_status = ?, last_error = ?
                where service_id = ?""").params(Timestamp.from(at), status.stored(), error == null ? null : error.stored(),
                serviceId).update();
    }

    private static CalendarFeed feed(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        Timestamp pulled = row.getTimestamp("last_pulled_at");
        return new CalendarFeed(row.getObject("service_id", UUID.class), row.getString("url"),
                pulled == null ? null : pulled.toInstant(), words(row.getString("last_status")),
                words(row.getString("last_error")));
    }

    /** Saved words, or an older row's English sentence as it was written. */
    private static @Nullable SavedWords words(@Nullable String stored) {
        return stored == null ? null : SavedWords.read(stored);
    }
}
