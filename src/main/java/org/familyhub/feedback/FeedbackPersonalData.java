package org.familyhub.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Survey responses that left contact details, and problem reports with the reporter's address. Erasing keeps the
 * response and the report (the report card and survey results count them) but clears the contact details and
 * replaces what the person wrote in their own words (free-text answers, the problem's description) with
 * "[removed]". Record ids are {@code response:…} and {@code problem:…}.
 */
@Component
class FeedbackPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "Feedback";
    }

    @Override
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        List<PersonalRecord> found = new ArrayList<>();
        String responses = query.condition(new Columns("r.contact_email", null, null, "r.contact_name")).orElse(null);
        String value = query.parameter();
        if (responses != null) {
            List<PersonalRecord> rows = jdbc.sql("""
                    select r.id, r.submitted_at, r.contact_name, r.contact_email, s.title
                    from survey_response r join survey s on s.id = r.survey_id
                    where\s""" + responses + " order by r.submitted_at desc limit :limit")
                    .param("value", value).param("limit", limit).query((row, n) -> response(row)).list();
            rows.forEach(response -> found.add(withAnswers(response)));
        }
        String problems = query.condition(new Columns("reporter_email", null, "reference", null)).orElse(null);
        if (problems != null) {
            found.addAll(jdbc.sql("""
                    select id, reference, reported_at, service_name, description, reporter_email from problem_report
                    where\s""" + problems + " order by reported_at desc limit :limit")
                    .param("value", value).param("limit", limit).query((row, n) -> problem(row)).list());
        }
        return found;
    }

    private static PersonalRecord response(ResultSet row) throws SQLException {
        return new PersonalRecord("Survey response", "response:" + row.getString("id"), null,
                row.getTimestamp("submitted_at").toInstant(), PersonalRecord.fields(
                        "Survey", row.getString("title"),
                        "Name", row.getString("contact_name"),
                        "E-mail", row.getString("contact_email")), false);
    }

    /** Free-text answers are those that wait for screening; choices carry nothing about the person. */
    private PersonalRecord withAnswers(PersonalRecord response) {
        List<String> words = jdbc.sql("""
                select answer_value from survey_answer where response_id = ? and screening is not null order by id""")
                .param(UUID.fromString(response.id().substring("response:".length()))).query(String.class).list();
        return response.with("What they wrote", String.join("; ", words));
    }

    private static PersonalRecord problem(ResultSet row) throws SQLException {
        return new PersonalRecord("Problem reported with a listing", "problem:" + row.getString("id"),
                row.getString("reference"), row.getTimestamp("reported_at").toInstant(), PersonalRecord.fields(
                        "Listing", row.getString("service_name"),
                        "What they wrote", row.getString("description"),
                        "E-mail", row.getString("reporter_email")), false);
    }

    @Override
    public int erase(Set<String> ids, String by, Instant now) {
        List<UUID> responses = ids(ids, "response:");
        List<UUID> problems = ids(ids, "problem:");
        int erased = 0;
        if (!responses.isEmpty()) {
            erased += jdbc.sql("update survey_response set contact_name = null, contact_email = null where id in (:ids)")
                    .param("ids", responses).update();
            jdbc.sql("""
                    update survey_answer set answer_value = :removed, screened_text = null
                    where response_id in (:ids) and screening is not null""")
                    .param("removed", PersonalData.REMOVED).param("ids", responses).update();
        }
        if (!problems.isEmpty()) {
            erased += jdbc.sql("""
                    update problem_report set reporter_email = null, description = :removed where id in (:ids)""")
                    .param("removed", PersonalData.REMOVED).param("ids", problems).update();
        }
        return erased;
    }

    private static List<UUID> ids(Set<String> ids, String prefix) {
        return ids.stream().filter(id -> id.startsWith(prefix)).map(id -> UUID.fromString(id.substring(prefix.length())))
                .toList();
    }
}
