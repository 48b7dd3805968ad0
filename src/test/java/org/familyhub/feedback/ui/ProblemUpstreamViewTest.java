package org.familyhub.feedback.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff read beside each report passed to a feed's publisher whether, and when, the publisher changed the listing. */
@PortalTest
@ViewPackages(packages = {"org.familyhub.feedback.ui", "org.familyhub.portal.ui", "org.familyhub.account.ui"})
class ProblemUpstreamViewTest extends SpringBrowserlessTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final Instant SENT = Instant.parse("2026-12-03T10:15:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-05T07:30:00Z");

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    final List<String> references = new ArrayList<>();

    final List<UUID> feeds = new ArrayList<>();

    @AfterEach
    void removeTheReports() {
        SignedIn.out();
        jdbc.sql("delete from problem_report where reference in (:refs)").param("refs", references).update();
        if (!feeds.isEmpty()) {
            jdbc.sql("delete from feed_source where id in (:ids)").param("ids", feeds).update();
        }
    }

    /**
     * A report withheld as it may hold personal details can be sent to the publisher after all: the page first
     * shows where it goes and the whole e-mail, and sends only on "Send it"; then it reads as passed on.
     */
    @Test
    void aWithheldReportIsSentAnywayAfterTheEditorHasSeenTheEmail() {
        UUID feed = UUID.randomUUID();
        feeds.add(feed);
        jdbc.sql("insert into feed_source (id, name, created_at, corrections_email) values (?, 'Monks Trust', ?, ?)")
                .params(feed, Timestamp.from(SENT), "fixes@monks.example.org").update();
        jdbc.sql("""
                insert into service_source (service_id, feed_source_id, external_id, content_hash, last_seen_at)
                values (?, ?, 'monks-1', 'x', ?)""").params(MONKS_STAY_AND_PLAY, feed, Timestamp.from(SENT)).update();
        String withheld = report(null, null, "Monks Trust", feed);

        SignedIn.as(accounts, "editor");
        navigate(ProblemReportsView.class);
        Section task = $(Section.class).id("problem-" + withheld);
        test($(Button.class).from(task).withText("Send to the publisher anyway").single()).click();
        assertThat(task(withheld)).contains("This e-mail will go to Monks Trust at fixes@monks.example.org",
                "Subject: Correction for your listing Stay and Play at Monks Coppenhall (our reference " + withheld + ")",
                "The number is wrong", "Your record id: monks-1");
        assertThat(jdbc.sql("select count(*) from outgoing_email where recipient = 'fixes@monks.example.org'")
                .query(Integer.class).single()).as("nothing sent before confirming").isZero();

        test($(Button.class).from($(Section.class).id("problem-" + withheld)).withText("Send it").single()).click();

        assertThat(jdbc.sql("select count(*) from outgoing_email where recipient = 'fixes@monks.example.org'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(task(withheld)).contains("Passed to Monks Trust on").doesNotContain("Send to the publisher anyway");
        jdbc.sql("delete from outgoing_email where recipient = 'fixes@monks.example.org'").update();
    }

    @Test
    void eachPassedOnReportSaysInWordsWhetherThePublisherHasChangedTheListing() {
        String waiting = report(SENT, null, "Northshire Council");
        String changed = report(SENT, CHANGED, "Northshire Council");
        String withheld = report(null, null, "Northshire Council");
        String own = report(null, null, null);

        SignedIn.as(accounts, "editor");
        navigate(ProblemReportsView.class);

        assertThat(task(waiting)).contains("Passed to Northshire Council on 3 December 2026; not changed yet.");
        assertThat(task(changed)).contains(
                "Passed to Northshire Council on 3 December 2026; changed by them on 5 December 2026.");
        assertThat(task(withheld)).contains("Not passed to Northshire Council: it may hold personal details.");
        assertThat(task(own)).doesNotContain("Passed to").doesNotContain("Not passed");

        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        try {
            // Away and back: the router keeps the view it shows when asked for the same address.
            navigate("services/" + MONKS_STAY_AND_PLAY, com.vaadin.flow.component.Component.class);
            navigate(ProblemReportsView.class);
            assertThat(task(changed)).contains("Przekazano do Northshire Council dnia 3 grudnia 2026;"
                    + " zmienione przez nich dnia 5 grudnia 2026.");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    private String task(String reference) {
        return PageText.of($(Section.class).id("problem-" + reference));
    }

    private String report(@Nullable Instant sent, @Nullable Instant changed, @Nullable String feed) {
        return report(sent, changed, feed, feed == null ? null : UUID.randomUUID());
    }

    private String report(@Nullable Instant sent, @Nullable Instant changed, @Nullable String feed,
            @Nullable UUID feedId) {
        String reference = "P-T" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        references.add(reference);
        jdbc.sql("""
                insert into problem_report (id, reference, service_id, service_name, kind, description, status,
                    reported_at, replied, upstream_feed_id, upstream_feed_name, upstream_sent_at, upstream_changed_at)
                values (:id, :reference, :service, 'Stay and Play at Monks Coppenhall', 'WRONG_PHONE',
                    'The number is wrong', 'OPEN', :reported, false, :feedId, :feed, :sent, :changed)""")
                .param("id", UUID.randomUUID()).param("reference", reference).param("service", MONKS_STAY_AND_PLAY)
                .param("reported", Timestamp.from(SENT.minusSeconds(3600)))
                .param("feedId", feedId).param("feed", feed)
                .param("sent", sent == null ? null : Timestamp.from(sent))
                .param("changed", changed == null ? null : Timestamp.from(changed)).update();
        return reference;
    }
}
