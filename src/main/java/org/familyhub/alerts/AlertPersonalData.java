package org.familyhub.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.shared.privacy.PersonQuery;
import org.familyhub.shared.privacy.PersonalDataHolder;
import org.familyhub.shared.privacy.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Saved searches by the address they go to. An alert is nothing but personal data, so erasing deletes it. */
@Component
class AlertPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AlertPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "Search alerts";
    }

    @Override
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        if (query.by() != PersonQuery.By.EMAIL) {
            return List.of();
        }
        return jdbc.sql("""
                select id, email, query, created_at, confirmed_at from search_alert where email = ?
                order by created_at desc limit ?""").params(query.value(), limit)
                .query((row, n) -> new PersonalRecord("Saved search with e-mail alerts", row.getString("id"), null,
                        row.getTimestamp("created_at").toInstant(), PersonalRecord.fields(
                                "E-mail", row.getString("email"),
                                "Search", row.getString("query"),
                                "Confirmed", row.getTimestamp("confirmed_at") == null ? "No" : "Yes"), false))
                .list();
    }

    @Override
    public int erase(Set<String> ids, String by, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        // Its links go with it (on delete cascade).
        return jdbc.sql("delete from search_alert where id in (:ids)")
                .param("ids", ids.stream().map(UUID::fromString).toList()).update();
    }
}
