package org.familyhub.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
 * Course bookings (places and waiting-list places) and programme waiting-list entries about a person. Erasing
 * clears the same fields the retention purge clears; statuses, numbers of children, crèche places and attendance
 * stay for the report card. Record ids are {@code booking:…} and {@code programme:…}.
 */
@Component
class BookingPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    BookingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "Course bookings";
    }

    @Override
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        String bookings = query.condition(new Columns("b.email", "b.phone_digits", "b.reference", "b.parent_name"))
                .orElseThrow();
        String waiting = query.condition(new Columns("p.email", "p.phone_digits", "p.reference", "p.parent_name"))
                .orElseThrow();
        List<PersonalRecord> found = new ArrayList<>(jdbc.sql("""
                select b.id, b.reference, b.status, b.created_at, b.parent_name, b.email, b.phone, b.children_ages,
                b.creche_needs, b.access_needs, b.booked_by_name, b.consent_given_by, c.title, c.first_session
                from booking b join course c on c.id = b.course_id
                where\s""" + bookings + " order by b.created_at desc limit :limit")
                .param("value", query.parameter()).param("limit", limit).query((row, n) -> booking(row)).list());
        found.addAll(jdbc.sql("""
                select p.id, p.reference, p.created_at, p.parent_name, p.email, p.phone, p.children_ages,
                s.name as programme from programme_waiting_entry p join service s on s.id = p.service_id
                where\s""" + waiting + " order by p.created_at desc limit :limit")
                .param("value", query.parameter()).param("limit", limit).query((row, n) -> entry(row)).list());
        return found;
    }

    private static PersonalRecord booking(ResultSet row) throws SQLException {
        return new PersonalRecord("Course booking", "booking:" + row.getString("id"), row.getString("reference"),
                row.getTimestamp("created_at").toInstant(), PersonalRecord.fields(
                        "Course", row.getString("title"),
                        "Course starts", row.getDate("first_session").toLocalDate()
                                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)),
                        "Name", row.getString("parent_name"),
                        "E-mail", row.getString("email"),
                        "Phone", row.getString("phone"),
                        "Children's ages", row.getString("children_ages"),
                        "Crèche needs", row.getString("creche_needs"),
                        "Access needs", row.getString("access_needs"),
                        "Booked by", row.getString("booked_by_name"),
                        "Consent given by", row.getString("consent_given_by")), false);
    }

    private static PersonalRecord entry(ResultSet row) throws SQLException {
        return new PersonalRecord("Waiting for the next course", "programme:" + row.getString("id"),
                row.getString("reference"), row.getTimestamp("created_at").toInstant(), PersonalRecord.fields(
                        "Programme", row.getString("programme"),
                        "Name", row.getString("parent_name"),
                        "E-mail", row.getString("email"),
                        "Phone", row.getString("phone"),
                        "Children's ages", row.getString("children_ages")), false);
    }

    @Override
    public int erase(Set<String> ids, String by, Instant now) {
        List<UUID> bookings = ids(ids, "booking:");
        List<UUID> entries = ids(ids, "programme:");
        Timestamp at = Timestamp.from(now);
        int erased = 0;
        if (!bookings.isEmpty()) {
            erased += jdbc.sql("""
                    update booking set parent_name = null, email = null, phone = null, children_ages = null,
                    creche_needs = null, access_needs = null, consent_to_contact = null, booked_by_name = null,
                    consent_given_by = null, cancel_token_hash = null, purged_at = coalesce(purged_at, :at)
                    where id in (:ids)""").param("at", at).param("ids", bookings).update();
            // A booking's history may name the family; who did what, and when, stays.
            jdbc.sql("update booking_audit set detail = null where booking_id in (:ids)").param("ids", bookings)
                    .update();
            for (UUID booking : bookings) {
                jdbc.sql("""
                        insert into booking_audit (id, course_id, booking_id, at, actor, action, detail)
                        select ?, course_id, id, ?, ?, 'ERASED', null from booking where id = ?""")
                        .params(UUID.randomUUID(), at, by, booking).update();
            }
        }
        if (!entries.isEmpty()) {
            // An entry still waiting is closed too: nobody is left to offer the next course to.
            erased += jdbc.sql("""
                    update programme_waiting_entry set parent_name = null, email = null, phone = null,
                    children_ages = null, consent_to_contact = null, purged_at = coalesce(purged_at, :at),
                    closed_at = case when status = 'WAITING' then :at else closed_at end, status = 'CLOSED'
                    where id in (:ids)""").param("at", at).param("ids", entries).update();
        }
        return erased;
    }

    private static List<UUID> ids(Set<String> ids, String prefix) {
        return ids.stream().filter(id -> id.startsWith(prefix)).map(id -> UUID.fromString(id.substring(prefix.length())))
                .toList();
    }
}
