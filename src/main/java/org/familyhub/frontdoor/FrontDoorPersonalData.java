package org.familyhub.frontdoor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.shared.privacy.PersonQuery;
import org.familyhub.shared.privacy.PersonQuery.Columns;
import org.familyhub.shared.privacy.PersonalDataHolder;
import org.familyhub.shared.privacy.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests for help, referrals and childcare requests about a person. Erasing one clears the same fields the
 * retention purge clears (the family's details, what they wrote, notes that may name them, the children) and
 * keeps what the report card counts (kind, status, outcome, locality, service, times, the safeguarding flag).
 */
@Component
class FrontDoorPersonalData implements PersonalDataHolder {

    private static final String COLUMNS = """
            select id, reference, kind, safeguarding, safeguarding_note, created_at, family_name, family_email,
            family_phone, postcode, contact_times, help_wanted, consent_given_by, worker, decline_reason, outcome_note,
            childcare_age_months, childcare_send_needs, referrer_name, referrer_email from help_request""";

    private final JdbcClient jdbc;

    FrontDoorPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "Front door";
    }

    @Override
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        String where = query.condition(new Columns("family_email", "family_phone_digits", "reference", "family_name"))
                .orElseThrow();
        List<PersonalRecord> rows = jdbc.sql(COLUMNS + " where " + where + " order by created_at desc limit :limit")
                .param("value", query.parameter())
                .param("limit", limit)
                .query((row, number) -> record(row)).list();
        // Then each one's children and notes: no query runs while another's results are open.
        return rows.stream().map(this::withChildrenAndNotes).toList();
    }

    private static PersonalRecord record(ResultSet row) throws SQLException {
        int months = row.getInt("childcare_age_months");
        boolean noMonths = row.wasNull();
        return new PersonalRecord(kind(row.getString("kind")), row.getString("id"), row.getString("reference"),
                row.getTimestamp("created_at").toInstant(), PersonalRecord.fields(
                        "Name", row.getString("family_name"),
                        "E-mail", row.getString("family_email"),
                        "Phone", row.getString("family_phone"),
                        "Postcode", row.getString("postcode"),
                        "Good times to contact", row.getString("contact_times"),
                        "Age of the child needing childcare", noMonths ? null : months + " months",
                        "Special educational needs or disabilities", row.getString("childcare_send_needs"),
                        "What help they asked for", row.getString("help_wanted"),
                        "Consent given by", row.getString("consent_given_by"),
                        "Referred by", row.getString("referrer_name"),
                        "Referrer's e-mail", row.getString("referrer_email"),
                        "Worker", row.getString("worker"),
                        "Safeguarding note", row.getString("safeguarding_note"),
                        "Reason the request was declined", row.getString("decline_reason"),
                        "Outcome note", row.getString("outcome_note")),
                row.getBoolean("safeguarding"));
    }

    private PersonalRecord withChildrenAndNotes(PersonalRecord request) {
        UUID id = UUID.fromString(request.id());
        List<String> children = jdbc.sql("""
                select age, additional_needs from help_request_child where request_id = ? order by position""")
                .param(id)
                .query((child, n) -> "aged " + child.getInt("age") + (child.getString("additional_needs") == null
                        ? "" : " (" + child.getString("additional_needs") + ")"))
                .list();
        List<String> notes = jdbc.sql("""
                select detail from help_request_audit where request_id = ? and detail is not null order by at""")
                .param(id).query(String.class).list();
        return request.with("Children", String.join("; ", children))
                .with("Notes in the request's history", String.join("; ", notes));
    }

    private static String kind(String code) {
        return switch (RequestKind.valueOf(code)) {
            case SELF_REFERRAL -> "Request for help";
            case PROFESSIONAL_REFERRAL -> "Referral by a professional";
            case CHILDCARE_BROKERAGE -> "Request to find childcare";
        };
    }

    @Override
    public int erase(Set<String> ids, String by, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<UUID> requests = ids.stream().map(UUID::fromString).toList();
        Timestamp at = Timestamp.from(now);
        int erased = jdbc.sql("""
                update help_request set family_name = null, family_email = null, family_phone = null, postcode = null,
                contact_times = null, safe_to_leave_message = null, help_wanted = null, consent_given_by = null,
                worker = null, decline_reason = null, outcome_note = null, safeguarding_note = null,
                childcare_age_months = null, childcare_send_needs = null, purged_at = coalesce(purged_at, :at),
                updated_at = :at, version = version + 1
                where id in (:ids)""").param("at", at).param("ids", requests).update();
        jdbc.sql("delete from help_request_child where request_id in (:ids)").param("ids", requests).update();
        // Decline reasons and notes in the history may name people too; who did what, and when, stays.
        jdbc.sql("update help_request_audit set detail = null where request_id in (:ids)").param("ids", requests)
                .update();
        for (UUID request : requests) {
            jdbc.sql("""
                    insert into help_request_audit (id, request_id, at, actor, action, detail)
                    values (?, ?, ?, ?, 'ERASED', null)""").params(UUID.randomUUID(), request, at, by).update();
        }
        return erased;
    }
}
