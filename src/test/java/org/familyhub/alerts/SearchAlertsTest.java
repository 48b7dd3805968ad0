package org.familyhub.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.WhoMayBook;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.Listings;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.shared.SecretTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved searches against the real MariaDB and Elasticsearch: double opt-in, the weekly digest through the outbox
 * (what is new and matches, once per alert, nothing old), unsubscribing deletes, and what is refused stores nothing.
 * The portal's clock starts at a known moment (application-test.yml) and ticks, so "since" and "now" order as in life.
 */
@PortalTest
class SearchAlertsTest {

    static final UUID INCREDIBLE_YEARS = UUID.fromString("4ed9ff90-f792-5469-9de6-1ffe6ebf8e22");
    private static final Pattern CONFIRM = Pattern.compile("/alerts/confirm\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/alerts/unsubscribe\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    SearchAlerts alerts;
    @Autowired
    AlertDigest digest;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Listings listings;
    @Autowired
    CourseAdmin courses;
    @Autowired
    UserAccounts users;
    @Autowired
    ServiceIndex index;
    @Autowired
    SearchService search;
    @Autowired
    Clock clock;
    @Autowired
    DirectoryChanges changes;
    /** The listing a test published, closed for good afterwards so the other tests' counts stay the sample's. */
    private UUID published;

    @AfterEach
    void closePublishedListing() {
        if (published != null) {
            changes.changeStatus(published, "defunct");
            Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
            published = null;
        }
    }

    @Test
    void aSignUpIsKeptUnconfirmedAndGetsOnlyItsConfirmationUntilTheLinkIsUsed() {
        String address = address();
        assertThat(alerts.signUp(" " + address.toUpperCase() + " ", "q=stay+and+play&free=true&page=3", "pl"))
                .isEqualTo(SearchAlerts.SignUp.SENT);

        Map<String, Object> row = jdbc.sql("select * from search_alert where email = ?").param(address)
                .query().singleRow();
        assertThat(row.get("confirmed_at")).as("unconfirmed").isNull();
        assertThat(row.get("query")).as("the search without the page").isEqualTo("q=stay+and+play&free=true");
        assertThat(row.get("language")).isEqualTo("pl");
        SentEmail confirmation = only(address);
        assertThat(confirmation.subject()).as("in the page's language").startsWith("Potwierdź");
        assertThat(confirmation.body()).contains("http://localhost:8080/search?q=stay+and+play&free=true");
        String token = token(CONFIRM, confirmation);
        assertThat(jdbc.sql("select count(*) from search_alert_link where token_hash = ?")
                .param(SecretTokens.hash(token)).query(Long.class).single()).as("only the hash is kept").isOne();
        assertThat(jdbc.sql("select count(*) from search_alert_link where token_hash = ?").param(token)
                .query(Long.class).single()).isZero();
        assertThat(confirmation.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .containsEntry("List-Unsubscribe", "<http://localhost:8080/api/alerts/unsubscribe?token=" + token + ">");

        digest.send();
        assertThat(mailbox.to(address)).as("an unconfirmed alert is never mailed").hasSize(1);

        assertThat(alerts.confirm(token)).isTrue();
        assertThat(jdbc.sql("select confirmed_at from search_alert where email = ?").param(address)
                .query(Timestamp.class).single()).isNotNull();
        assertThat(alerts.confirm(token)).as("a second click changes nothing and still works").isTrue();
    }

    @Test
    void aBadAddressOrSearchIsRefusedAndNothingIsStoredOrSent() {
        String address = address();
        assertThat(alerts.signUp("not an address", "q=play", "en")).isEqualTo(SearchAlerts.SignUp.BAD_ADDRESS);
        assertThat(alerts.signUp("", "q=play", "en")).isEqualTo(SearchAlerts.SignUp.BAD_ADDRESS);
        assertThat(alerts.signUp(address, "age=200", "en")).isEqualTo(SearchAlerts.SignUp.BAD_SEARCH);
        assertThat(alerts.signUp(address, "day=XX", "en")).isEqualTo(SearchAlerts.SignUp.BAD_SEARCH);
        assertThat(alerts.signUp(address, "q=%E0%A4%A", "en")).isEqualTo(SearchAlerts.SignUp.BAD_SEARCH);
        assertThat(alerts.signUp(address, "q=" + "a".repeat(2500), "en")).isEqualTo(SearchAlerts.SignUp.BAD_SEARCH);

        assertThat(jdbc.sql("select count(*) from search_alert where email = ?").param(address).query(Long.class)
                .single()).isZero();
        assertThat(mailbox.to(address)).isEmpty();
    }

    @Test
    void oneAddressGetsAtMostThreeSignUpsADaySoTheFormCannotFloodItsInbox() {
        String address = address();
        for (int i = 0; i < 3; i++) {
            assertThat(alerts.signUp(address, "q=play&age=" + i, "en")).isEqualTo(SearchAlerts.SignUp.SENT);
        }
        assertThat(alerts.signUp(address, "q=play&age=9", "en")).isEqualTo(SearchAlerts.SignUp.TOO_MANY);
        assertThat(mailbox.to(address)).hasSize(3);
    }

    @Test
    void linksThatAreForgedCutOrGoneAreRefused() {
        assertThat(alerts.confirm("short")).isFalse();
        assertThat(alerts.confirm(SecretTokens.newToken())).as("well formed, but no alert's").isFalse();
        assertThat(alerts.unsubscribe("' or 1=1 --")).isFalse();
        assertThat(alerts.linkWorks(SecretTokens.newToken())).isFalse();
    }

    @Test
    void unsubscribingDeletesTheAlertAndEveryLinkAtOnce() {
        String address = address();
        String token = confirmed(address, "q=young+witness");
        String unsubscribe = token(UNSUBSCRIBE, only(address));
        assertThat(unsubscribe).as("every e-mail's own link").isEqualTo(token);

        assertThat(alerts.unsubscribe(unsubscribe)).isTrue();

        assertThat(jdbc.sql("select count(*) from search_alert where email = ?").param(address).query(Long.class)
                .single()).as("deleted, not flagged").isZero();
        assertThat(jdbc.sql("select count(*) from search_alert_link where token_hash = ?")
                .param(SecretTokens.hash(token)).query(Long.class).single()).isZero();
        assertThat(alerts.linkWorks(token)).isFalse();
        assertThat(alerts.unsubscribe(token)).as("already gone").isFalse();
    }

    @Test
    void signUpsNobodyConfirmedArePurgedAfterThreeDaysAndConfirmedOnesStay() {
        String waiting = address();
        String kept = address();
        alerts.signUp(waiting, "q=play", "en");
        confirmed(kept, "q=play");
        Instant fourDaysAgo = clock.instant().minus(Duration.ofDays(4));
        jdbc.sql("update search_alert set created_at = ? where email in (?, ?)")
                .params(Timestamp.from(fourDaysAgo), waiting, kept).update();

        assertThat(alerts.purgeUnconfirmed()).isPositive();

        assertThat(jdbc.sql("select email from search_alert where email in (?, ?)").params(waiting, kept)
                .query(String.class).list()).containsExactly(kept);
    }

    @Test
    void theDigestEmailsEachAlertItsNewMatchingServiceOrCourseOnceAndNothingOldOrElse() {
        String word = "quokka" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "x");
        String forService = address();
        String forCourse = address();
        String oldOnly = address();
        String nothing = address();
        String programme = jdbc.sql("select name from service where id = ?").param(INCREDIBLE_YEARS)
                .query(String.class).single();
        confirmed(forService, "q=" + word);
        confirmed(forCourse, "q=" + URLEncoder.encode(programme, StandardCharsets.UTF_8));
        confirmed(oldOnly, "q=young+witness");
        confirmed(nothing, "q=" + word + "&locality=macclesfield");

        UUID service = publishService(word + " bicycle repair club");
        published = service;
        String course = "Course " + UUID.randomUUID();
        // Waits for this course, not one another test added earlier to the same programme.
        Instant beforeTheCourse = clock.instant().minusMillis(1);
        addCourse(course);
        SearchIndexFixture.awaitIndex(index, Duration.ofMinutes(1),
                () -> newSince(word) && courseIndexed(beforeTheCourse));

        assertThat(digest.send()).isGreaterThanOrEqualTo(2);

        SentEmail serviceDigest = last(forService);
        assertThat(mailbox.to(forService)).as("the confirmation and one digest").hasSize(2);
        assertThat(serviceDigest.body()).contains(word + " bicycle repair club", "Cost: Free",
                "http://localhost:8080/services/" + service);
        assertThat(serviceDigest.headers()).containsKey("List-Unsubscribe");
        assertThat(token(UNSUBSCRIBE, serviceDigest)).as("a link of its own, still the alert's")
                .isNotEqualTo(token(CONFIRM, mailbox.to(forService).getLast()));

        assertThat(mailbox.to(forCourse)).hasSize(2);
        assertThat(last(forCourse).body()).contains(programme, "New course: " + course,
                "http://localhost:8080/services/" + INCREDIBLE_YEARS);
        assertThat(mailbox.to(oldOnly)).as("only old services match: no e-mail").hasSize(1);
        assertThat(mailbox.to(nothing)).as("the new service is not in Macclesfield").hasSize(1);

        digest.send();
        assertThat(mailbox.to(forService)).as("once: nothing new since").hasSize(2);
        assertThat(mailbox.to(forCourse)).hasSize(2);
    }

    // --- helpers

    static String address() {
        return "parent-" + UUID.randomUUID() + "@example.org";
    }

    private String confirmed(String address, String query) {
        assertThat(alerts.signUp(address, query, "en")).isEqualTo(SearchAlerts.SignUp.SENT);
        String token = token(CONFIRM, only(address));
        assertThat(alerts.confirm(token)).isTrue();
        return token;
    }

    private SentEmail only(String address) {
        List<SentEmail> sent = mailbox.to(address);
        assertThat(sent).hasSize(1);
        return sent.getFirst();
    }

    /** The newest e-mail to the address. */
    private SentEmail last(String address) {
        return mailbox.to(address).getFirst();
    }

    static String token(Pattern pattern, SentEmail email) {
        Matcher matcher = pattern.matcher(email.body());
        assertThat(matcher.find()).as("a link in " + email.body()).isTrue();
        return matcher.group(1);
    }

    private boolean newSince(String word) {
        return search.newMatches(SearchQuery.forText(word).newSince(clock.instant().minus(Duration.ofHours(1)))
                .build()).total() > 0;
    }

    private boolean courseIndexed(Instant since) {
        return search.newMatches(SearchQuery.forText("").newSince(since)
                .size(50).build()).hits().stream().anyMatch(hit -> hit.id().equals(INCREDIBLE_YEARS));
    }

    private UUID publishService(String name) {
        UUID id = UUID.randomUUID();
        HsdsDocuments.Service document = ServiceDocumentJson.JSON.convertValue(Map.of(
                "id", id.toString(), "name", name, "status", "active",
                "description", "Teenagers fix their bikes with a volunteer mechanic.",
                "organization", Map.of("id", "6194030b-b763-5b4f-a947-f08f3a0405dc", "name", "NSPCC"),
                "cost_options", List.of(Map.of("id", UUID.randomUUID().toString(), "option", "Free",
                        "amount", 0)),
                "service_areas", List.of(Map.of("id", UUID.randomUUID().toString(), "name", "Crewe and Nantwich"))),
                HsdsDocuments.Service.class);
        SignedIn.as(users, "editor");
        try {
            listings.publish(document, LocalDate.now(clock), "editor");
        } finally {
            SignedIn.out();
        }
        return id;
    }

    private void addCourse(String title) {
        SignedIn.as(users, "editor");
        try {
            courses.create(new NewCourse(INCREDIBLE_YEARS, title, "Crewe", null, LocalDate.now(clock).plusWeeks(5), 2,
                    LocalTime.of(10, 0), LocalTime.of(11, 30), 8, 0, WhoMayBook.BOTH, null, null));
        } finally {
            SignedIn.out();
        }
    }
}
