package org.familyhub.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familyhub.shared.SecretTokens;
import org.familyhub.shared.privacy.PersonQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of every search, export and erasure (table {@code personal_data_audit}). What was searched for is
 * kept as its kind and the SHA-256 of its normalised form: enough to show that a given person was looked for
 * (hash their address the same way), never the address itself.
 */
@Component
class PrivacyAudit {

    private final JdbcClient jdbc;

    PrivacyAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Instant at, String actor, PrivacyAction action, PersonQuery query, String counts,
            @Nullable String reason) {
        jdbc.sql("""
                insert into personal_data_audit (id, at, actor, action, search_by, search_hash, counts, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), Timestamp.from(at), actor, action.name(), query.by().name(),
                        hash(query), counts.length() > 1000 ? counts.substring(0, 1000) : counts,
                        reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .update();
    }

    static String hash(PersonQuery query) {
        return SecretTokens.hash(query.by().name() + ":" + query.value().toLowerCase(java.util.Locale.ROOT));
    }

    List<AuditEntry> recent(int newest) {
        return jdbc.sql("""
                select at, actor, action, search_by, search_hash, counts, reason from personal_data_audit
                order by at desc limit ?""").param(newest)
                .query((row, n) -> new AuditEntry(row.getTimestamp("at").toInstant(), row.getString("actor"),
                        PrivacyAction.valueOf(row.getString("action")), row.getString("search_by"),
                        row.getString("search_hash"), row.getString("counts"), row.getString("reason")))
                .list();
    }

    int forgetBefore(Instant cutoff) {
        return jdbc.sql("delete from personal_data_audit where at < ?").param(Timestamp.from(cutoff)).update();
    }
}
