package org.familyhub.mail;

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
 * E-mails in the outbox, sent or waiting: to the person's address (an index), or naming them or their reference in
 * the subject or text (read in full, but the outbox holds only the retention period's e-mails, and it is limited).
 * An e-mail is only personal data, so erasing deletes it, unsent or sent.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    MailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "E-mails";
    }

    @Override
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        if (query.by() == PersonQuery.By.PHONE) {
            return List.of();
        }
        String columns = "select id, recipient, subject, body, queued_at, sent_at from outgoing_email where ";
        // To the address by its index; naming the person (or their reference) in the words, read in full.
        String sql = query.by() == PersonQuery.By.EMAIL
                ? "(" + columns + "recipient = :value) union (" + columns + "body like :contains)"
                : columns + "subject like :contains or body like :contains";
        return jdbc.sql("select * from (" + sql + ") found order by queued_at desc limit :limit")
                .param("value", query.value()).param("contains", query.containsPattern()).param("limit", limit)
                .query((row, n) -> new PersonalRecord(row.getTimestamp("sent_at") == null ? "E-mail waiting to be sent"
                        : "E-mail sent", row.getString("id"), null, row.getTimestamp("queued_at").toInstant(),
                        PersonalRecord.fields(
                                "To", row.getString("recipient"),
                                "Subject", row.getString("subject"),
                                "Text", row.getString("body")), false))
                .list();
    }

    @Override
    public int erase(Set<String> ids, String by, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from outgoing_email where id in (:ids)")
                .param("ids", ids.stream().map(UUID::fromString).toList()).update();
    }
}
