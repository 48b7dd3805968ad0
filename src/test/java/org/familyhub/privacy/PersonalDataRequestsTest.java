package org.familyhub.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.feedback.NewProblemReport;
import org.familyhub.feedback.ProblemKind;
import org.familyhub.feedback.ProblemReports;
import org.familyhub.frontdoor.Child;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.SelfReferral;
import org.familyhub.reporting.Period;
import org.familyhub.reporting.ReportCardFiles;
import org.familyhub.shared.privacy.PersonQuery;
import org.familyhub.shared.privacy.PersonalRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Subject access and erasure across the modules (#15): one person with a request, a booking, a waiting-list entry,
 * a survey response, a problem report, an alert, e-mails and an event; another person beside them who must be left
 * alone.
 */
@PortalTest
class PersonalDataRequestsTest {

    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");

    @Autowired
    PersonalDataRequests requests;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    ProblemReports problems;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ReportCardFiles reportCard;
    @Autowired
    PrivacyAuditPurge auditPurge;

    String unique;
    String name;
    String email;
    String phone;
    String reference;
    String otherEmail;
    String waiting;

    @BeforeEach
    void aPersonAndAnother() {
        unique = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L), 36);
        name = "Zebedee Quill" + unique;
        email = "zeb." + unique + "@example.org";
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(100_000L, 999_999L));
        phone = "07700 " + digits;
        reference = frontDoor.submit(form(name, email, phone), "privacy-test-" + UUID.randomUUID()).reference();
        otherEmail = "other." + unique + "@example.org";
        frontDoor.submit(form("Someone Else" + unique.toUpperCase(), otherEmail, "01270 " + digits.substring(0, 3)
                + " 999"), "privacy-test-" + UUID.randomUUID());
        Timestamp now = Timestamp.from(clock.instant());
        // A sample course: other tests' courses may carry an id in their title, which the readable copy would show.
        UUID course = jdbc.sql("select id from course where title not regexp '[0-9a-f]{8}-'"
                + " order by first_session desc limit 1").query(UUID.class).single();
        jdbc.sql("""
                insert into booking (id, reference, course_id, status, idempotency_key, children_count, created_at,
                parent_name, email, phone, children_ages, access_needs)
                values (?, ?, ?, 'CANCELLED', ?, 1, ?, ?, ?, ?, '3', 'Step-free access please')""")
                .params(UUID.randomUUID(), "BK-" + unique.substring(0, 4).toUpperCase() + "-2345", course,
                        UUID.randomUUID().toString(), now, name, email.toUpperCase(), "+44 " + phone.substring(1))
                .update();
        waiting = "PW-" + unique.substring(0, 4).toUpperCase() + "-6789";
        UUID programme = jdbc.sql("select service_id from course where id = ?").param(course).query(UUID.class)
                .single();
        jdbc.sql("""
                insert into programme_waiting_entry (id, reference, idempotency_key, service_id, status, created_at,
                children_count, parent_name, email, phone) values (?, ?, ?, ?, 'WAITING', ?, 1, ?, ?, ?)""")
                .params(UUID.randomUUID(), waiting,
                        UUID.randomUUID().toString(), programme, now, name, email, phone.replace(" ", ""))
                .update();
        Map<String, Object> version = jdbc.sql("""
                select v.id, v.survey_id from survey_version v join survey s on s.id = v.survey_id
                where s.code is not null order by s.code, v.version limit 1""").query()
                .singleRow();
        UUID response = UUID.randomUUID();
        jdbc.sql("""
                insert into survey_response (id, survey_id, survey_version_id, submitted_at, contact_name,
                contact_email, contact_consent) values (?, ?, ?, ?, ?, ?, true)""")
                .params(response, version.get("survey_id"), version.get("id"), now, name, email).update();
        jdbc.sql("""
                insert into survey_answer (response_id, question_key, answer_value, screening)
                values (?, 'comments', ?, 'PENDING')""")
                .params(response, "Lovely staff. Ring me on " + phone).update();
        problems.report(new NewProblemReport(CONNEXIONS_CREWE, ProblemKind.values()[0],
                "The phone number is wrong. " + name, email, "privacy-test-" + unique, null));
        jdbc.sql("""
                insert into search_alert (id, email, query, language, created_at) values (?, ?, 'q=stay', 'en', ?)""")
                .params(UUID.randomUUID(), email, now).update();
        jdbc.sql("""
                insert into search_alert (id, email, query, language, created_at) values (?, ?, 'q=stay', 'en', ?)""")
                .params(UUID.randomUUID(), otherEmail, now).update();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                completion_date, status) values (?, 'test', 'test.Event', ?, ?, ?, 'COMPLETED')""")
                .params(UUID.randomUUID(), "{\"email\":\"" + email + "\"}", now, now).update();
        SignedIn.as(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
        // Other tests count a programme's waiting list: leave none of ours waiting.
        jdbc.sql("update programme_waiting_entry set status = 'CLOSED', closed_at = ? where reference = ?")
                .params(Timestamp.from(clock.instant()), waiting).update();
    }

    private static SelfReferral form(String name, String email, String phone) {
        return new SelfReferral(name, List.of(new Child(4, "Waiting for an autism assessment")), Set.of(),
                "Bedtimes are a battle and I would like some ideas.", "CW1 3AB",
                Set.of(ContactMethod.EMAIL, ContactMethod.PHONE), email, phone, "Mornings", true, true, null, null);
    }

    @Test
    void eachWayOfLookingFindsEverythingAboutThePersonAndNothingAboutAnother() {
        String spacedPhone = "+44 (0)" + phone.substring(1).replace(" ", "");
        for (String typed : List.of("  " + email.toUpperCase() + " ", spacedPhone, phone.replace(" ", "-"),
                name.toLowerCase().substring(3), reference.toLowerCase().replace("-", " "))) {
            Findings found = requests.search(typed).orElseThrow();
            String all = everything(found);
            assertThat(all).as(typed).doesNotContain(otherEmail).doesNotContain("Someone Else");
            assertThat(found.areas()).as(typed).extracting(Findings.Area::name).contains("Front door");
            if (found.query().by() != PersonQuery.By.REFERENCE) {
                assertThat(found.areas()).as(typed).extracting(Findings.Area::name).contains("Course bookings");
            }
        }
        Findings byEmail = requests.search(email).orElseThrow();
        assertThat(byEmail.areas()).extracting(Findings.Area::name).contains("Front door", "Course bookings",
                "Feedback", "Search alerts", "E-mails", "Events between parts of the portal");
        assertThat(kinds(byEmail)).contains("Request for help", "Course booking", "Waiting for the next course",
                "Survey response", "Problem reported with a listing", "Saved search with e-mail alerts");
        Findings byPhone = requests.search(phone.replace(" ", "")).orElseThrow();
        assertThat(kinds(byPhone)).contains("Request for help", "Course booking", "Waiting for the next course");
        Findings byName = requests.search(name.toUpperCase()).orElseThrow();
        assertThat(kinds(byName)).contains("Request for help", "Course booking", "Waiting for the next course",
                "Survey response");
        assertThat(requests.search("ab")).isEmpty();
    }

    @Test
    void theExportsHoldEveryRecordAndTheReadableCopyIsPlainEnglishWithBritishDates() {
        Findings found = requests.search(email).orElseThrow();
        String json = new String(requests.json(found), StandardCharsets.UTF_8);
        found.areas().forEach(area -> area.records().forEach(record -> assertThat(json).contains(record.id())));
        assertThat(json).contains(name, email, "Step-free access please", "\"fields\"");
        String page = new String(requests.readable(found), StandardCharsets.UTF_8);
        assertThat(page).contains("Information we hold about you", name, reference, "2 December 2026")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")
                .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void erasureLeavesNoTraceYetTheReportCardCountsTheSame() {
        String before = reportCard.csv(null, Period.year(2026));
        Findings found = requests.search(email).orElseThrow();
        requests.erase(found, null);
        // The same person found by phone or name too (what e-mail did not reach), then erased.
        requests.search(phone).ifPresent(more -> requests.erase(more, null));
        requests.search(name).ifPresent(more -> requests.erase(more, null));

        String digits = phone.replace(" ", "");
        for (String trace : List.of(email, name, digits, phone)) {
            assertThat(count("help_request", "concat_ws('|', family_name, family_email, family_phone_digits,"
                    + " help_wanted)", trace)).as(trace).isZero();
            assertThat(count("help_request_audit", "detail", trace)).as(trace).isZero();
            assertThat(count("booking", "concat_ws('|', parent_name, email, phone_digits)", trace)).as(trace).isZero();
            assertThat(count("programme_waiting_entry", "concat_ws('|', parent_name, email, phone_digits)", trace))
                    .as(trace).isZero();
            assertThat(count("survey_response", "concat_ws('|', contact_name, contact_email)", trace)).isZero();
            assertThat(count("survey_answer", "answer_value", trace)).as(trace).isZero();
            assertThat(count("problem_report", "concat_ws('|', reporter_email, description)", trace)).isZero();
            assertThat(count("search_alert", "email", trace)).isZero();
            assertThat(count("outgoing_email", "concat_ws('|', recipient, subject, body)", trace)).as(trace).isZero();
            assertThat(count("event_publication", "serialized_event", trace)).as(trace).isZero();
        }
        assertThat(count("search_alert", "email", otherEmail)).isOne();
        assertThat(count("help_request", "family_email", otherEmail)).isOne();
        assertThat(jdbc.sql("select count(*) from help_request where reference = ?").param(reference)
                .query(Integer.class).single()).as("the row stays for the report card").isOne();
        assertThat(reportCard.csv(null, Period.year(2026))).isEqualTo(before);
        assertThat(jdbc.sql("select status from programme_waiting_entry where reference = ?").param(waiting)
                .query(String.class).single()).as("nobody left to offer a course to").isEqualTo("CLOSED");
        assertThat(requests.search(email).orElseThrow().isEmpty()).isTrue();
    }

    @Test
    void everyStepIsAuditedWithoutTheSearchInClearAndTheAuditHasItsOwnRetention() {
        Instant start = clock.instant();
        Findings found = requests.search(email).orElseThrow();
        requests.json(found);
        requests.readable(found);
        requests.erase(found, "Asked by the person on 1 December 2026");
        List<AuditEntry> recent = requests.recentAudit(4);
        assertThat(recent).extracting(AuditEntry::action).contains(PrivacyAction.SEARCHED,
                PrivacyAction.EXPORTED_JSON, PrivacyAction.EXPORTED_READABLE, PrivacyAction.ERASED);
        assertThat(recent).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.searchHash()).isEqualTo(PrivacyAudit.hash(found.query())).doesNotContain("@");
            assertThat(entry.counts()).contains("Front door: 1");
        });
        assertThat(recent).filteredOn(entry -> entry.action() == PrivacyAction.ERASED).singleElement()
                .extracting(AuditEntry::reason).isEqualTo("Asked by the person on 1 December 2026");
        assertThat(jdbc.sql("select count(*) from personal_data_audit where concat_ws('|', search_hash, counts,"
                + " coalesce(reason, '')) like ?").param("%" + unique + "%").query(Integer.class).single()).isZero();
        assertThat(auditPurge.purge(start.plus(java.time.Duration.ofDays(365L * 7)))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aRequestUnderSafeguardingNeedsAReasonBeforeItIsErased() {
        jdbc.sql("update help_request set safeguarding = true where reference = ?").param(reference).update();
        Findings found = requests.search(reference).orElseThrow();
        assertThat(found.anySafeguarding()).isTrue();
        assertThatThrownBy(() -> requests.erase(found, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(count("help_request", "family_email", email)).isOne();
        requests.erase(found, "The safeguarding lead agreed on 2 December 2026");
        assertThat(count("help_request", "family_email", email)).isZero();
    }

    @Test
    void onlyAnAdministratorMaySearchExportOrErase() {
        Findings found = requests.search(email).orElseThrow();
        for (String someone : List.of("professional", "provider", "frontdoor", "editor", "manager")) {
            SignedIn.as(users, someone);
            assertThatThrownBy(() -> requests.search(email)).as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.json(found)).as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.erase(found, "x")).as(someone).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.out();
        assertThatThrownBy(() -> requests.search(email)).isInstanceOf(AccessDeniedException.class);
    }

    private int count(String table, String column, String trace) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " like ?").param("%" + trace + "%")
                .query(Integer.class).single();
    }

    private static String everything(Findings found) {
        return found.areas().stream().flatMap(area -> area.records().stream())
                .map(record -> record.fields().toString()).collect(Collectors.joining("\n"));
    }

    private static List<String> kinds(Findings found) {
        return found.areas().stream().flatMap(area -> area.records().stream()).map(PersonalRecord::kind).toList();
    }
}
