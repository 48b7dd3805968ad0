package org.familyhub.search;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grows the directory for the benchmark by copying the sample services (with their terms, sessions,
 * costs and venues) under new ids: copy n of a record gets the record's id with its first eight hex
 * digits replaced by n, so every copy's children point at the right copy. Copies are written straight into
 * the database: nothing is told about them until someone publishes their {@code ServicesChanged}.
 */
public final class SyntheticDirectory {

    private SyntheticDirectory() {
    }

    /** @return the number of services afterwards */
    public static int growTo(JdbcClient jdbc, int target) {
        int sample = count(jdbc, "select count(*) from service where id not like '0000%'");
        int copies = (int) Math.ceil((target - sample) / (double) sample);
        int existing = count(jdbc, "select count(distinct left(id, 8)) from service where id like '0000%'");
        if (copies > existing) {
            copy(jdbc, "seq_" + (existing + 1) + "_to_" + copies);
        }
        return count(jdbc, "select count(*) from service");
    }

    /** All copies in one statement per table, joining MariaDB's sequence engine for the copy numbers. */
    private static void copy(JdbcClient jdbc, String numbers) {
        String sample = "(select * from service where id not like '0000%')";
        String n = " cross join " + numbers + " n";
        jdbc.sql("insert into service (id, organization_id, name, alternate_name, description, url, email, status,"
                + " interpretation_services, application_process, fees_description, eligibility_description,"
                + " minimum_age, maximum_age, alert, assured_date, assurer_email, last_modified)"
                + " select " + id("s.id") + ", organization_id, concat(name, ' ', n.seq), alternate_name,"
                + " description, url, email, status, interpretation_services, application_process,"
                + " fees_description, eligibility_description, minimum_age, maximum_age, alert, assured_date,"
                + " assurer_email, last_modified from " + sample + " s" + n).update();
        jdbc.sql("insert into attribute (id, link_id, link_type, taxonomy_term_id, value, label) select "
                + id("a.id") + ", " + id("a.link_id") + ", link_type, taxonomy_term_id, value, label"
                + " from attribute a join " + sample + " s on s.id = a.link_id" + n
                + " where a.link_type = 'service'").update();
        jdbc.sql("insert into cost_option (id, service_id, valid_from, valid_to, option_name, currency, amount,"
                + " amount_description) select " + id("c.id") + ", " + id("c.service_id")
                + ", valid_from, valid_to, option_name, currency, amount, amount_description from cost_option c join "
                + sample + " s on s.id = c.service_id" + n).update();
        jdbc.sql("insert into service_area (id, service_id, name, description, locality_id) select "
                + id("a.id") + ", " + id("a.service_id") + ", a.name, a.description, a.locality_id"
                + " from service_area a join " + sample + " s on s.id = a.service_id" + n).update();
        jdbc.sql("insert into language (id, service_id, location_id, name, code, note) select "
                + id("l.id") + ", " + id("l.service_id") + ", null, l.name, l.code, l.note"
                + " from language l join " + sample + " s on s.id = l.service_id" + n).update();
        jdbc.sql("insert into service_at_location (id, service_id, location_id, description) select "
                + id("a.id") + ", " + id("a.service_id") + ", a.location_id, a.description"
                + " from service_at_location a join " + sample + " s on s.id = a.service_id" + n).update();
        jdbc.sql("insert into schedule (id, service_id, service_at_location_id, valid_from, valid_to, dtstart,"
                + " until_date, count, wkst, freq, repeat_interval, byday, bymonthday, opens_at, closes_at,"
                + " description, notes) select " + id("x.id") + ", " + copied("x.service_id") + ", "
                + copied("x.service_at_location_id") + ", valid_from, valid_to, dtstart, until_date, count,"
                + " wkst, freq, repeat_interval, byday, bymonthday, opens_at, closes_at, x.description, notes"
                + " from (select * from schedule where id not like '0000%') x" + n).update();
    }

    /**
     * Gives every copy of a sample childcare provider its childcare facts and vacancies, and every copy of a sample
     * service that answered the Local Offer its answers and areas, so those pages are measured at size (the
     * benchmark's choice: tests that grow the directory leave them out, so the childcare and Local Offer lists stay
     * as the sample has them). A copy has no Ofsted number: that is unique to the real provider.
     */
    public static void copyChildcareAndLocalOffer(JdbcClient jdbc) {
        String copies = " join service c on c.id like '0000%' and substr(c.id, 9) = substr(x.service_id, 9)"
                + " where x.service_id not like '0000%'";
        jdbc.sql("insert ignore into childcare_provider (service_id, provider_type, ofsted_urn, register,"
                + " inspection_grade, inspection_date, report_url, min_age_months, max_age_months, opening_days,"
                + " opens_at, closes_at, all_year, school_runs, fee_per_hour, fee_per_session, fee_per_day, funded,"
                + " send_experience, fees_updated_at, reminded_on) select c.id, provider_type, null, register,"
                + " inspection_grade, inspection_date, report_url, min_age_months, max_age_months, opening_days,"
                + " opens_at, closes_at, all_year, school_runs, fee_per_hour, fee_per_session, fee_per_day, funded,"
                + " send_experience, fees_updated_at, reminded_on from childcare_provider x" + copies).update();
        jdbc.sql("insert ignore into childcare_vacancy (service_id, age_group, day, places, updated_at)"
                + " select c.id, age_group, day, places, updated_at from childcare_vacancy x" + copies).update();
        jdbc.sql("insert ignore into local_offer_answer (service_id, who_for, send_support, staff_training,"
                + " accessibility, getting_started, families_involved, next_stage, updated_at, updated_by)"
                + " select c.id, who_for, send_support, staff_training, accessibility, getting_started,"
                + " families_involved, next_stage, updated_at, updated_by from local_offer_answer x" + copies)
                .update();
        jdbc.sql("insert ignore into local_offer_area (service_id, area, service_name, listed)"
                + " select c.id, x.area, c.name, c.status = 'active' from local_offer_area x" + copies).update();
    }

    /** Copy n of an id: its first eight hex digits replaced by n. */
    /** Removes every copy again (and what hangs off it), leaving the sample as it was. */
    public static void shrinkToSample(JdbcClient jdbc) {
        jdbc.sql("delete from attribute where link_type = 'service' and link_id like '0000%'").update();
        jdbc.sql("delete from childcare_vacancy where service_id like '0000%'").update();
        jdbc.sql("delete from childcare_provider where service_id like '0000%'").update();
        jdbc.sql("delete from service where id like '0000%'").update();
    }

    /** The ids of the copies. */
    public static java.util.List<java.util.UUID> copies(JdbcClient jdbc) {
        return jdbc.sql("select id from service where id like '0000%'").query(String.class).list().stream()
                .map(java.util.UUID::fromString).toList();
    }

    private static String id(String column) {
        return "concat(lpad(hex(n.seq), 8, '0'), substr(" + column + ", 9))";
    }

    private static String copied(String column) {
        return "if(" + column + " is null, null, " + id(column) + ")";
    }

    private static int count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
