package org.familyhub.childcare;

import org.familyhub.PortalTest;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly reminder on the sample: only Hollybank (Knutsford) last gave vacancies more than a month ago (100
 * days), so only its listing's address is asked, through the outbox, and only once however often the job runs.
 */
@PortalTest
class VacancyRemindersTest {

    static final String HOLLYBANK_MAILBOX = "hollybank-childminding-knutsford@example.org";

    @Autowired
    VacancyReminders reminders;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;

    /** Other tests may have run the job already (ClusterJobsTest runs every locked job once): start from none sent. */
    @BeforeEach
    void notRemindedYet() {
        jdbc.sql("update childcare_provider set reminded_on = null").update();
        jdbc.sql("delete from outgoing_email where subject = 'Please update your childcare vacancies'").update();
    }

    @Test
    void aProviderWhoseVacanciesAreOverAMonthOldIsRemindedOnceThroughTheOutbox() {
        assertThat(mailbox.to(HOLLYBANK_MAILBOX)).isEmpty();
        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(mailbox.to(HOLLYBANK_MAILBOX)).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Please update your childcare vacancies");
            assertThat(email.body()).contains("Hollybank Childminding (Knutsford)")
                    .contains("/workspace/childcare/6033ea4a-4832-5d7d-9cc6-2dee1283c2b9")
                    .contains("Sent on 2 December 2026");
        });
        assertThat(reminders.remind()).isZero();
        assertThat(mailbox.to(HOLLYBANK_MAILBOX)).hasSize(1);
        assertThat(jdbc.sql("select reminded_on from childcare_provider where ofsted_urn = 'EY900105'")
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        assertThat(jdbc.sql("select count(*) from childcare_provider where ofsted_urn = 'EY900101'"
                + " and reminded_on is null").query(Long.class).single()).isEqualTo(1);
        assertThat(mailbox.recent(50)).extracting(SentEmail::subject)
                .filteredOn("Please update your childcare vacancies"::equals).hasSize(1);
    }
}
