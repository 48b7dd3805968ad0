package org.familyhub.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.shared.privacy.PersonQuery;
import org.familyhub.shared.privacy.PersonalDataHolder;
import org.familyhub.shared.privacy.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's event publication registry. Events carry ids only and completed ones are deleted as they
 * complete, so this should find nothing; it looks anyway (the serialised events, limited), because a future event
 * that carried an address would otherwise keep it where nobody thinks to look. Erasing deletes the publication.
 */
@Component
class EventPublicationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    EventPublicationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "Events between parts of the portal";
    }

    @Override
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        return jdbc.sql("""
                select id, event_type, publication_date, completion_date from event_publication
                where serialized_event like ? order by publication_date desc limit ?""")
                .params(query.containsPattern(), limit)
                .query((row, n) -> new PersonalRecord("Event", row.getString("id"), null,
                        row.getTimestamp("publication_date").toInstant(), PersonalRecord.fields(
                                "Type", row.getString("event_type"),
                                "Delivered", row.getTimestamp("completion_date") == null ? "No" : "Yes"), false))
                .list();
    }

    @Override
    public int erase(Set<String> ids, String by, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from event_publication where id in (:ids)")
                .param("ids", ids.stream().map(UUID::fromString).toList()).update();
    }
}
