package org.familyhub.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small, hand-countable record of activity in the third quarter of 2026 (and a little in the second, for the
 * trend), written straight into the tables the report card reads. Nothing else in the tests happens in those
 * months: the test clock stands at 2 December 2026. The expected figures are worked out in the tests' comments.
 */
final class ReportSample {

    static final String CREWE = "crewe-nantwich";
    static final String CONGLETON = "congleton";
    /** Monks Coppenhall stay and play, a service in Crewe in the sample content. */
    static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    static final UUID R1 = UUID.fromString("00000000-0000-4000-8000-00000000e001");
    static final UUID R3 = UUID.fromString("00000000-0000-4000-8000-00000000e003");

    private static boolean written;

    private ReportSample() {
    }

    static synchronized void writeOnce(JdbcClient jdbc) {
        if (written) {
            return;
        }
        written = true;
        requests(jdbc);
        feedback(jdbc);
        usage(jdbc);
        gaps(jdbc);
        jdbc.sql("insert into listing_change (id, service_id, changed_at, changed_by, action, fields, document_after)"
                        + " values (?, ?, ?, 'editor', ?, '[]', '{}')")
                .params(UUID.randomUUID(), MONKS_STAY_AND_PLAY, at("2026-08-01T09:00:00Z"), "PUBLISHED").update();
        jdbc.sql("insert into listing_change (id, service_id, changed_at, changed_by, action, fields, document_after)"
                        + " values (?, ?, ?, 'editor', ?, '[]', '{}')")
                .params(UUID.randomUUID(), MONKS_STAY_AND_PLAY, at("2026-08-02T09:00:00Z"), "CONFIRMED").update();
    }

    /*
     * Crewe and Nantwich, Q3 2026 (arrival → first response, allocation; the target is 3 and 10 working days):
     *   R1 self-referral   Mon 6 Jul 10:00 →   4 h,  48 h   (level 2)  both within target
     *   R2 self-referral   Fri 10 Jul 10:00 → 120 h, 336 h             due Wed 15 Jul and Fri 24 Jul: within
     *   R3 referral        Tue 4 Aug 10:00  → 144 h, never  (level 3)  due Fri 7 Aug: late
     *   R4 self-referral   Wed 2 Sep 10:00  → never, never             late
     * Congleton, Q3: R5 self-referral Tue 7 Jul 10:00 → 1 h. Crewe, Q2: R6 self-referral Thu 2 Apr → 24 h, 96 h.
     */
    private static void requests(JdbcClient jdbc) {
        request(jdbc, R1, "SELF_REFERRAL", CREWE, "2026-07-06T10:00:00Z", "2026-07-06T14:00:00Z",
                "2026-07-08T10:00:00Z", "ADDITIONAL", "parenting");
        request(jdbc, UUID.randomUUID(), "SELF_REFERRAL", CREWE, "2026-07-10T10:00:00Z", "2026-07-15T10:00:00Z",
                "2026-07-24T10:00:00Z", null, "parenting,send");
        request(jdbc, R3, "PROFESSIONAL_REFERRAL", CREWE, "2026-08-04T10:00:00Z", "2026-08-10T10:00:00Z", null,
                "COMPLEX", "mental-health-and-wellbeing");
        request(jdbc, UUID.randomUUID(), "SELF_REFERRAL", CREWE, "2026-09-02T10:00:00Z", null, null, null, null);
        request(jdbc, UUID.randomUUID(), "SELF_REFERRAL", CONGLETON, "2026-07-07T10:00:00Z", "2026-07-07T11:00:00Z",
                null, null, null);
        request(jdbc, UUID.randomUUID(), "SELF_REFERRAL", CREWE, "2026-04-02T10:00:00Z", "2026-04-03T10:00:00Z",
                "2026-04-06T10:00:00Z", null, null);
    }

    private static int references;

    private static void request(JdbcClient jdbc, UUID id, String kind, String locality, String created,
            @Nullable String answered, @Nullable String allocated, @Nullable String level, @Nullable String topics) {
        jdbc.sql("insert into help_request (id, reference, kind, status, locality_code, level_of_need, topics,"
                        + " created_at, first_response_at, allocated_at, updated_at) values (?, ?, ?, 'CLOSED', ?, ?, ?, ?, ?, ?, ?)")
                .params(id, "RC-SAMPLE-" + (++references), kind, locality, level, topics, at(created),
                        answered == null ? null : at(answered), allocated == null ? null : at(allocated), at(created))
                .update();
    }

    /*
     * Crewe, Q3: service feedback "did it help?" yes, yes, no, yes (75%); page helpful yes, no (50%); outcome
     * surveys: about R1 (level 2) confidence 3 → 7, goals yes; about R3 (level 3) 5 → 5, goals partly; about nothing
     * 2 → 8, goals yes. 9 responses in all. Crewe, Q2: one service feedback, "no" (0%).
     */
    private static void feedback(JdbcClient jdbc) {
        for (String helped : new String[] {"yes", "yes", "no", "yes"}) {
            response(jdbc, "service-feedback", "2026-08-20T12:00:00Z", null, "helped", helped, "ease", "4");
        }
        response(jdbc, "page-helpful", "2026-07-15T12:00:00Z", null, "helpful", "yes");
        response(jdbc, "page-helpful", "2026-07-16T12:00:00Z", null, "helpful", "no");
        response(jdbc, "outcome", "2026-09-10T12:00:00Z", R1, "confidence_before", "3", "confidence_after", "7",
                "goals_met", "yes");
        response(jdbc, "outcome", "2026-09-11T12:00:00Z", R3, "confidence_before", "5", "confidence_after", "5",
                "goals_met", "partly");
        response(jdbc, "outcome", "2026-09-12T12:00:00Z", null, "confidence_before", "2", "confidence_after", "8",
                "goals_met", "yes");
        response(jdbc, "service-feedback", "2026-05-20T12:00:00Z", null, "helped", "no");
    }

    private static void response(JdbcClient jdbc, String survey, String submitted, @Nullable UUID subject,
            String... answers) {
        UUID surveyId = jdbc.sql("select id from survey where code = ?").param(survey).query(UUID.class).single();
        UUID versionId = jdbc.sql("select v.id from survey_version v join survey s on s.id = v.survey_id"
                + " and v.version = s.current_version where s.id = ?").param(surveyId).query(UUID.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into survey_response (id, survey_id, survey_version_id, locality_code, submitted_at,"
                        + " contact_consent, subject_id) values (?, ?, ?, ?, ?, false, ?)")
                .params(id, surveyId, versionId, CREWE, at(submitted), subject).update();
        for (int i = 0; i < answers.length; i += 2) {
            jdbc.sql("insert into survey_answer (response_id, question_key, answer_value) values (?, ?, ?)")
                    .params(id, answers[i], answers[i + 1]).update();
        }
    }

    /*
     * Crewe, Q3: 30 searches on 1 Jul, 10 for parenting on 15 Aug (40); 25 service page views and 7 locality page
     * views on 30 Sep; 3 leaflets on 31 Jul. Crewe, Q2: 20 searches on 30 Jun. Q4: 99 searches on 1 Oct (outside).
     */
    private static void usage(JdbcClient jdbc) {
        count(jdbc, "2026-07-01", "SEARCH", "", CREWE, 30);
        count(jdbc, "2026-08-15", "SEARCH", "parenting", CREWE, 10);
        count(jdbc, "2026-09-30", "PAGE_VIEW", "service", CREWE, 25);
        count(jdbc, "2026-09-30", "PAGE_VIEW", "locality", CREWE, 7);
        count(jdbc, "2026-07-31", "LEAFLET_DOWNLOAD", "locality", CREWE, 3);
        count(jdbc, "2026-06-30", "SEARCH", "", CREWE, 20);
        count(jdbc, "2026-10-01", "SEARCH", "", CREWE, 99);
        count(jdbc, "2026-07-01", "SEARCH", "", CONGLETON, 5);
    }

    private static void count(JdbcClient jdbc, String day, String kind, String group, String locality, long n) {
        jdbc.sql("insert into usage_count (day, kind, page_group, locality_code, count) values (?, ?, ?, ?, ?)")
                .params(LocalDate.parse(day), kind, group, locality, n).update();
    }

    /*
     * Searches that found nothing, Q3: "Autism groups in Crewe?" (Crewe by its place words) twice, "crewe autism
     * group" (same words) once, "speech therapy" with postcode district CW1 (Crewe) once, "swimming lessons" in
     * Congleton once. Q2: two in Crewe. Crewe's zero-result rate: 4 of 40 (10%) now, 2 of 20 (10%) before.
     */
    private static void gaps(JdbcClient jdbc) {
        gap(jdbc, "Autism groups in Crewe?", "{}", "2026-07-20T12:00:00Z");
        gap(jdbc, "Autism groups in Crewe?", "{}", "2026-08-20T12:00:00Z");
        gap(jdbc, "crewe autism group", "{}", "2026-09-20T12:00:00Z");
        gap(jdbc, "speech therapy", "{\"postcode_district\":\"CW1\"}", "2026-08-01T12:00:00Z");
        gap(jdbc, "swimming lessons", "{\"locality\":[\"congleton\"]}", "2026-08-01T12:00:00Z");
        gap(jdbc, "night nanny crewe", "{}", "2026-05-01T12:00:00Z");
        gap(jdbc, "night nanny", "{\"locality\":[\"crewe-nantwich\"]}", "2026-05-02T12:00:00Z");
    }

    private static void gap(JdbcClient jdbc, String text, String filters, String at) {
        jdbc.sql("insert into search_gap (query_text, filters, searched_at) values (?, ?, ?)")
                .params(text, filters, at(at)).update();
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
