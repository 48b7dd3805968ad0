package org.familyhub.portal.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.familyhub.directory.feed.FeedImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections flow upstream (#20) in a real browser: an administrator reads and changes a feed's address for
 * corrections on its page; an editor reads beside a passed-on report that the publisher has changed the listing.
 * Axe on both at 1280 and 390 px.
 */
@BrowserTest
class CorrectionsUpstreamBrowserTest {

    static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @LocalServerPort
    int port;
    @Autowired
    FeedImport feeds;
    @Autowired
    JdbcClient jdbc;

    private Chromium browser;
    private UUID feed;
    private final String reference = "P-B" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        jdbc.sql("delete from problem_report where reference = ?").param(reference).update();
        if (feed != null) {
            jdbc.sql("delete from feed_source where id = ?").param(feed).update();
        }
    }

    @Test
    void theFeedsAddressAndThePublishersChangeReadInWordsOnADeskAndAPhone() {
        feed = feeds.register("Browser Test Trust", null, "corrections@trust.example.org").id();
        jdbc.sql("""
                insert into problem_report (id, reference, service_id, service_name, kind, description, status,
                    reported_at, replied, upstream_feed_id, upstream_feed_name, upstream_sent_at, upstream_changed_at)
                values (:id, :reference, :service, 'Stay and Play at Monks Coppenhall', 'WRONG_TIMES',
                    'It is on Wednesdays now', 'OPEN', :sent, false, :feed, 'Browser Test Trust', :sent, :changed)""")
                .param("id", UUID.randomUUID()).param("reference", reference).param("service", MONKS_STAY_AND_PLAY)
                .param("feed", feed).param("sent", Timestamp.from(Instant.parse("2026-12-03T10:15:00Z")))
                .param("changed", Timestamp.from(Instant.parse("2026-12-05T07:30:00Z"))).update();

        browser = Chromium.signedInAs(port, "admin");
        for (Dimension size : new Dimension[] {Chromium.DESKTOP, Chromium.PHONE}) {
            browser.resize(size);
            browser.open("admin/feeds/" + feed);
            assertThat(browser.find("#feed-corrections").getText())
                    .contains("Problem reports about its listings are passed to corrections@trust.example.org.");
            assertThat(Axe.violations(browser)).as("feed page at " + size.width).isEmpty();
        }
        browser.close();

        browser = Chromium.signedInAs(port, "editor");
        for (Dimension size : new Dimension[] {Chromium.DESKTOP, Chromium.PHONE}) {
            browser.resize(size);
            browser.open("workspace/feedback/problems");
            assertThat(browser.find("#problem-" + reference).getText()).contains(
                    "Passed to Browser Test Trust on 3 December 2026; changed by them on 5 December 2026.");
            assertThat(Axe.violations(browser)).as("problem reports at " + size.width).isEmpty();
        }
    }

    /**
     * A report withheld as it may hold personal details: "Send to the publisher anyway" shows the e-mail to confirm,
     * and the page with it open passes axe on a desk and a phone. Nothing is sent here (the confirmation is left).
     */
    @Test
    void theConfirmationBeforeSendingAWithheldReportPassesAxeOnADeskAndAPhone() {
        feed = feeds.register("Browser Test Careful Trust", null, "careful@trust.example.org").id();
        jdbc.sql("""
                insert into service_source (service_id, feed_source_id, external_id, content_hash, last_seen_at)
                values (?, ?, 'monks-1', 'x', ?)""").params(MONKS_STAY_AND_PLAY, feed,
                Timestamp.from(Instant.parse("2026-12-03T10:15:00Z"))).update();
        jdbc.sql("""
                insert into problem_report (id, reference, service_id, service_name, kind, description, status,
                    reported_at, replied, upstream_feed_id, upstream_feed_name)
                values (:id, :reference, :service, 'Stay and Play at Monks Coppenhall', 'WRONG_TIMES',
                    'Ring me on 07700 900123', 'OPEN', :at, false, :feed, 'Browser Test Careful Trust')""")
                .param("id", UUID.randomUUID()).param("reference", reference).param("service", MONKS_STAY_AND_PLAY)
                .param("feed", feed).param("at", Timestamp.from(Instant.parse("2026-12-03T10:15:00Z"))).update();

        browser = Chromium.signedInAs(port, "editor");
        for (Dimension size : new Dimension[] {Chromium.DESKTOP, Chromium.PHONE}) {
            browser.resize(size);
            browser.open("workspace/feedback/problems");
            browser.find("#problem-" + reference + " vaadin-button.send-anyway").click();
            browser.find("#problem-" + reference + " .problem-send-confirm");
            assertThat(browser.find("#problem-" + reference).getText()).contains(
                    "This e-mail will go to Browser Test Careful Trust at careful@trust.example.org",
                    "Ring me on 07700 900123");
            assertThat(Axe.violations(browser)).as("confirmation at " + size.width).isEmpty();
        }
    }
}
