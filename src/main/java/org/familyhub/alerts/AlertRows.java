package org.familyhub.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.shared.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code search_alert} and {@code search_alert_link} tables; callers hold the transaction. */
@Repository
class AlertRows {

    private final JdbcClient jdbc;

    AlertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One saved search as stored. */
    record Alert(UUID id, String email, String query, String language, Instant createdAt,
            @Nullable Instant confirmedAt, @Nullable Instant lastSentAt) {

        /** What is new is measured from the last digest, or from the confirmation for the first one. */
        Instant newSince() {
            return lastSentAt != null ? lastSentAt : confirmedAt != null ? confirmedAt : createdAt;
        }
    }

    void insert(Alert alert) {
        jdbc.sql("""
                insert into search_alert (id, email, query, language, created_at) values (?, ?, ?, ?, ?)""")
                .params(alert.id(), alert.email(), alert.query(), alert.language(), Timestamp.from(alert.createdAt()))
                .update();
    }

    boolean exists(String email, String query) {
        return jdbc.sql("select count(*) from search_alert where email = ? and query = ?").params(email, query)
                .query(Long.class).single() > 0;
    }

    /** A new secret for one e-mail's links; only its SHA-256 is stored. Answers the secret for the links. */
    String newLink(UUID alertId, Instant now) {
        String token = SecretTokens.newToken();
        jdbc.sql("insert into search_alert_link (token_hash, alert_id, created_at) values (?, ?, ?)")
                .params(SecretTokens.hash(token), alertId, Timestamp.from(now)).update();
        return token;
    }

    Optional<Alert> byLink(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select a.* from search_alert a join search_alert_link l on l.alert_id = a.id where l.token_hash = ?""")
                .param(SecretTokens.hash(token)).query(AlertRows::row).optional();
    }

    boolean confirm(UUID id, Instant now) {
        return jdbc.sql("update search_alert set confirmed_at = ? where id = ? and confirmed_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** Deletes the alert and, by the foreign key, every link it sent. */
    boolean delete(UUID id) {
        return jdbc.sql("delete from search_alert where id = ?").param(id).update() == 1;
    }

    /** Confirmed alerts after {@code after} in id order, a page at a time, so thousands never sit in memory. */
    List<Alert> confirmedAfter(@Nullable UUID after, int page) {
        return jdbc.sql("""
                select * from search_alert where confirmed_at is not null and (? is null or id > ?)
                order by id limit ?""")
                .params(after, after, page).query(AlertRows::row).list();
    }

    /** Records the digest's moment, only if no other run did since {@code seen} was read: each week is sent once. */
    boolean markSent(Alert alert, Instant now) {
        Timestamp last = alert.lastSentAt() == null ? null : Timestamp.from(alert.lastSentAt());
        return jdbc.sql("""
                update search_alert set last_sent_at = ?
                where id = ? and confirmed_at is not null and (last_sent_at <=> ?)""")
                .params(Timestamp.from(now), alert.id(), last).update() == 1;
    }

    int deleteUnconfirmedBefore(Instant cutoff) {
        return jdbc.sql("delete from search_alert where confirmed_at is null and created_at < ?")
                .param(Timestamp.from(cutoff)).update();
    }

    private static Alert row(ResultSet row, int number) throws SQLException {
        Timestamp confirmed = row.getTimestamp("confirmed_at");
        Timestamp sent = row.getTimestamp("last_sent_at");
        return new Alert(row.getObject("id", UUID.class), row.getString("email"), row.getString("query"),
                row.getString("language"), row.getTimestamp("created_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant(), sent == null ? null : sent.toInstant());
    }
}
