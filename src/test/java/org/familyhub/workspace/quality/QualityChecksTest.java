package org.familyhub.workspace.quality;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.shared.DateText;
import org.familyhub.shared.SavedWords;
import org.familyhub.shared.Translations;
import org.familyhub.shared.outbound.OutboundFetch;
import org.familyhub.workspace.DataQuality;
import org.familyhub.workspace.NotPermittedException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each data quality check against listings made for the test in the real database (the tests' clock reads
 * 2 December 2026): it finds what it should and not what it should not; a dismissed finding stays dismissed on the
 * next run and a fixed one is closed. Links are checked against an HTTP server on this machine.
 */
@PortalTest
class QualityChecksTest {

    /** Sample content's Connexions, the owner of every listing made here. */
    static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");
    static final LocalDate CHECKED_LAST_MONTH = LocalDate.of(2026, 11, 2);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    QualityRun run;
    @Autowired
    DuplicateCheck duplicates;
    @Autowired
    PhoneCheck phones;
    @Autowired
    ReviewCheck reviews;
    @Autowired
    OutboundFetch fetch;
    @Autowired
    DataQuality quality;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Translations translations;
    @Autowired
    DateText dates;

    final List<UUID> made = new ArrayList<>();
    /** Contacts' phones (no listing of their own) and venues made here, removed by hand. */
    final List<UUID> madeApart = new ArrayList<>();

    @AfterEach
    void removeListings() {
        SignedIn.out();
        if (!made.isEmpty()) {
            jdbc.sql("delete from service where id in (:ids)").param("ids", made).update();
        }
        if (!madeApart.isEmpty()) {
            jdbc.sql("delete from phone where id in (:ids)").param("ids", madeApart).update();
            jdbc.sql("delete from location where id in (:ids)").param("ids", madeApart).update();
        }
    }

    UUID listing(String name, @Nullable String url, @Nullable LocalDate checked, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into service (id, organization_id, name, url, status, assured_date) values (?, ?, ?, ?, ?, ?)")
                .params(id, CONNEXIONS, name, url, status, checked == null ? null : Date.valueOf(checked)).update();
        made.add(id);
        return id;
    }

    UUID listing(String name) {
        return listing(name, null, CHECKED_LAST_MONTH, "active");
    }

    void phone(UUID service, String number) {
        jdbc.sql("insert into phone (id, service_id, number) values (?, ?, ?)")
                .params(UUID.randomUUID(), service, number).update();
    }

    void at(UUID service, UUID location) {
        jdbc.sql("insert into service_at_location (id, service_id, location_id) values (?, ?, ?)")
                .params(UUID.randomUUID(), service, location).update();
    }

    /** A contact of the listing, a role with an e-mail and a phone of its own (sharing the contact's id). */
    UUID contact(UUID service, String title, String email, @Nullable String number) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into contact (id, service_id, title, email) values (?, ?, ?, ?)")
                .params(id, service, title, email).update();
        if (number != null) {
            jdbc.sql("insert into phone (id, number) values (?, ?)").params(id, number).update();
            madeApart.add(id);
        }
        return id;
    }

    /** A venue with a phone of its own, and the listings held there. */
    UUID venue(String name, String number, UUID... services) {
        UUID id = UUID.randomUUID();
        UUID locality = jdbc.sql("select id from locality order by id limit 1").query(UUID.class).single();
        jdbc.sql("insert into location (id, location_type, name, locality_id) values (?, 'physical', ?, ?)")
                .params(id, name, locality).update();
        madeApart.add(id);
        UUID phone = UUID.randomUUID();
        jdbc.sql("insert into phone (id, location_id, number) values (?, ?, ?)").params(phone, id, number).update();
        for (UUID service : services) {
            at(service, id);
        }
        return phone;
    }

    /** Open and dismissed findings of one kind about the listings made here: listing id to detail key. */
    List<Map.Entry<UUID, String>> found(QualityKind kind) {
        return jdbc.sql("select service_id, detail_key from quality_task where kind = :kind and service_id in (:ids)")
                .param("kind", kind.name()).param("ids", made)
                .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).list();
    }

    String details(UUID service, QualityKind kind) {
        return english(jdbc.sql("select details from quality_task where service_id = ? and kind = ?")
                .params(service, kind.name()).query(String.class).single());
    }

    /** Saved details as the editors' English page says them. */
    String english(String stored) {
        return english(SavedWords.read(stored));
    }

    String english(SavedWords words) {
        return words.say((key, values) -> translations.translate(key, Locale.ENGLISH, values),
                date -> dates.date(date, Locale.UK));
    }

    @Test
    void listingsWithSimilarNamesSharingAPostcodePhoneOrWebAddressAreLikelyDuplicates() {
        UUID venue = jdbc.sql("select location_id from address order by location_id limit 1").query(UUID.class).single();
        UUID toddlers = listing("Quality check toddler group");
        UUID toddlersAgain = listing("Quality Check Toddler Group!");
        UUID swimming = listing("Quality check swimming lessons");
        at(toddlers, venue);
        at(toddlersAgain, venue);
        at(swimming, venue);
        UUID bumps = listing("Quality check bumps & babies");
        UUID bumpsAgain = listing("Quality check bumps and babies");
        phone(bumps, "01632 960123");
        phone(bumpsAgain, "+44 (1632) 960-123");
        UUID dads = listing("Quality check dads club", "https://quality.example.org/dads/", CHECKED_LAST_MONTH, "active");
        UUID dadsAgain = listing("Quality check dads' club", "http://www.quality.example.org/dads?from=feed",
                CHECKED_LAST_MONTH, "active");
        listing("Quality check dads club", "https://quality.example.org/dads", CHECKED_LAST_MONTH,
                "inactive");

        run.run(duplicates);

        assertThat(found(QualityKind.DUPLICATE)).containsExactlyInAnyOrder(pair(toddlers, toddlersAgain),
                pair(bumps, bumpsAgain), pair(dads, dadsAgain));
        UUID first = pair(bumps, bumpsAgain).getKey();
        UUID other = UUID.fromString(pair(bumps, bumpsAgain).getValue());
        String otherName = other.equals(bumps) ? "Quality check bumps & babies" : "Quality check bumps and babies";
        assertThat(details(first, QualityKind.DUPLICATE)).as("the other named in words; the page links to it")
                .isEqualTo("May be the same service as “" + otherName + "”: the same phone number, 01632960123.");
    }

    static Map.Entry<UUID, String> pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? Map.entry(a, b.toString()) : Map.entry(b, a.toString());
    }

    @Test
    void phoneNumbersThatAreNotUkNumbersAreFoundAndGoodOnesAreNot() {
        UUID bad = listing("Quality check short number");
        UUID good = listing("Quality check good number");
        phone(bad, "01270 12");
        phone(bad, "01270 654321");
        phone(good, "01270 123456");
        phone(good, "111");

        run.run(phones);

        assertThat(found(QualityKind.BAD_PHONE)).containsExactly(Map.entry(bad, "01270 12"));
        assertThat(details(bad, QualityKind.BAD_PHONE)).isEqualTo("“01270 12” is not a UK phone number.");
    }

    @Test
    void contactsAndVenuesPhoneNumbersAreCheckedByTheSameRuleAndTheTaskSaysWhose() {
        UUID listing = listing("Quality check contact and venue numbers");
        UUID alsoThere = listing("Quality check also at the venue");
        UUID closed = listing("Quality check closed at the venue", null, CHECKED_LAST_MONTH, "inactive");
        UUID fine = listing("Quality check fine contact");
        UUID bookings = contact(listing, "Bookings team", "bookings@quality.example", "01270 99");
        contact(fine, "Enquiries", "enquiries@quality.example", "01270 123456");
        UUID venuePhone = venue("Quality check hall", "12345", listing, alsoThere, closed);
        venue("Quality check good hall", "01270 654321", fine);

        run.run(phones);

        assertThat(found(QualityKind.BAD_PHONE)).containsExactlyInAnyOrder(
                Map.entry(listing, "contact " + bookings + " 01270 99"),
                Map.entry(listing, "venue " + venuePhone + " 12345"),
                Map.entry(alsoThere, "venue " + venuePhone + " 12345"));
        assertThat(details(alsoThere, QualityKind.BAD_PHONE))
                .isEqualTo("The venue “Quality check hall”: “12345” is not a UK phone number.");
        assertThat(english(jdbc.sql("select details from quality_task where service_id = ? and detail_key like 'contact%'")
                .param(listing).query(String.class).single()))
                .isEqualTo("The contact “Bookings team”: “01270 99” is not a UK phone number.");
    }

    @Test
    void aContactsAddressAtADomainWithoutMailServersIsFoundAndSaysWhichContact() {
        UUID listing = listing("Quality check contact mail");
        UUID team = contact(listing, "Family support team", "team@Quality-Nowhere.example", null);
        contact(listing, "Bookings", "bookings@quality-somewhere.example", null);
        QualityProperties checked = new QualityProperties("-", Duration.ofSeconds(1), true, false);

        run.run(new MailDomainCheck(jdbc, dns(MailServers.Answer.NO, MailServers.Answer.YES), checked));

        assertThat(found(QualityKind.NO_MAIL_DOMAIN))
                .containsExactly(Map.entry(listing, "contact " + team + " quality-nowhere.example"));
        assertThat(details(listing, QualityKind.NO_MAIL_DOMAIN)).isEqualTo("The contact “Family support team”: "
                + "team@Quality-Nowhere.example: quality-nowhere.example has no mail servers, so e-mails to it cannot arrive.");
    }

    @Test
    void liveListingsLastCheckedMoreThanSixMonthsAgoOrNeverArePastTheirReview() {
        UUID overdue = listing("Quality check overdue", null, LocalDate.of(2026, 1, 1), "active");
        UUID never = listing("Quality check never checked", null, null, "active");
        listing("Quality check just in time", null, LocalDate.of(2026, 6, 2), "active");
        listing("Quality check closed and overdue", null, LocalDate.of(2025, 1, 1), "inactive");

        run.run(reviews);

        assertThat(found(QualityKind.PAST_REVIEW)).containsExactlyInAnyOrder(Map.entry(overdue, "review"),
                Map.entry(never, "review"));
        assertThat(details(overdue, QualityKind.PAST_REVIEW))
                .isEqualTo("Last checked 1 January 2026: listings are checked every six months.");
    }

    @Test
    void aGoodPageOrOneRedirectingToItIsFineAndAMissingSlowPrivateOrNonWebAddressIsBroken() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/good", exchange -> answer(exchange, 200, null));
        server.createContext("/no-head", exchange -> answer(exchange,
                exchange.getRequestMethod().equals("HEAD") ? 405 : 200, null));
        server.createContext("/moved", exchange -> answer(exchange, 301, "/good"));
        server.createContext("/moved-away", exchange -> answer(exchange, 302, "/gone"));
        server.createContext("/gone", exchange -> answer(exchange, 404, null));
        server.createContext("/failing", exchange -> answer(exchange, 503, null));
        server.createContext("/slow", exchange -> {
            sleep(Duration.ofSeconds(3));
            answer(exchange, 200, null);
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            LinkCheck links = new LinkCheck(jdbc, fetch, new QualityProperties("-", Duration.ofSeconds(1), false, true));

            assertThat(broken(links, base + "/good")).isEmpty();
            assertThat(broken(links, base + "/no-head")).isEmpty();
            assertThat(broken(links, base + "/moved")).isEmpty();
            assertThat(broken(links, base + "/moved-away")).contains(base + "/moved-away answers with error 404.");
            assertThat(broken(links, base + "/gone")).contains(base + "/gone answers with error 404.");
            assertThat(broken(links, base + "/failing")).contains(base + "/failing answers with error 503.");
            assertThat(broken(links, base + "/slow")).contains(base
                    + "/slow gives no answer within 1 second, or is not a public web address.");
            assertThat(broken(links, "http://10.11.12.13/")).isPresent();
            assertThat(broken(links, "ftp://127.0.0.1/file")).isPresent();
        } finally {
            server.stop(0);
        }
    }

    /**
     * Offline every address fails alike: with no site answering at all the check is not made (earlier findings
     * stay), rather than every listing being called broken; once any site answers, the held findings count.
     */
    @Test
    void linksAreNotCalledBrokenWhenNoSiteAnswersAtAll() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/good", exchange -> answer(exchange, 200, null));
        server.createContext("/gone", exchange -> answer(exchange, 404, null));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            LinkCheck links = new LinkCheck(jdbc, fetch, new QualityProperties("-", Duration.ofSeconds(1), false, true));
            List<Finding> found = new ArrayList<>();

            boolean made = links.check(pages(List.of(link("http://10.11.12.13/"), link("http://10.11.12.14/"))),
                    found::addAll);
            assertThat(made).as("no site answered: not made").isFalse();
            assertThat(found).isEmpty();

            made = links.check(pages(List.of(link("http://10.11.12.13/")), List.of(link(base + "/good"),
                    link(base + "/gone"))), found::addAll);
            assertThat(made).isTrue();
            assertThat(found).as("the first page's held findings, then the second's").hasSize(QualityCheck.PAGE + 1)
                    .extracting(finding -> english(finding.details())).contains(
                            "http://10.11.12.13/ gives no answer within 1 second, or is not a public web address.",
                            base + "/gone answers with error 404.");
        } finally {
            server.stop(0);
        }
    }

    /** Pages as the database would give them: each asked for once, in turn (only the last shorter than a page). */
    private static java.util.function.Function<UUID, List<LinkCheck.Link>> pages(List<LinkCheck.Link> first,
            List<LinkCheck.Link> second) {
        List<LinkCheck.Link> padded = new ArrayList<>(first);
        while (padded.size() < QualityCheck.PAGE) {
            padded.add(link("http://10.11.12.200/"));
        }
        java.util.Iterator<List<LinkCheck.Link>> given = List.of(padded, second).iterator();
        return after -> given.hasNext() ? given.next() : List.of();
    }

    private static java.util.function.Function<UUID, List<LinkCheck.Link>> pages(List<LinkCheck.Link> only) {
        return after -> only;
    }

    private static LinkCheck.Link link(String url) {
        return new LinkCheck.Link(UUID.randomUUID(), url);
    }

    Optional<String> broken(LinkCheck links, String url) {
        return links.check(new LinkCheck.Link(UUID.randomUUID(), url)).map(finding -> english(finding.details()));
    }

    @Test
    void aDismissedFindingStaysDismissedOnTheNextRunAndAFixedOneIsClosed() {
        UUID wrong = listing("Quality check wrong on purpose");
        UUID fixable = listing("Quality check fixed later");
        phone(wrong, "0800");
        phone(fixable, "999999");
        run.run(phones);
        UUID task = jdbc.sql("select id from quality_task where service_id = ?").param(wrong).query(UUID.class).single();

        SignedIn.as(accounts, "editor");
        assertThatThrownBy(() -> quality.dismiss(task, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(quality.dismiss(task, "The helpline's number really is 0800.")).isTrue();
        assertThat(quality.dismiss(task, "Again")).as("already dismissed").isFalse();
        jdbc.sql("update phone set number = '01270 123456' where service_id = ?").param(fixable).update();
        run.run(phones);

        assertThat(found(QualityKind.BAD_PHONE)).containsExactly(Map.entry(wrong, "0800"));
        assertThat(jdbc.sql("select dismissed_by, dismissed_reason from quality_task where id = ?").param(task)
                .query((row, n) -> row.getString(1) + ": " + row.getString(2)).single())
                .isEqualTo("editor: The helpline's number really is 0800.");
        assertThat(quality.tasks(1)).extracting(t -> t.serviceId()).doesNotContain(wrong, fixable);
    }

    @Test
    void anAddressAtADomainWithoutMailServersIsFoundAndNothingIsDecidedWhenDnsCannotTell() {
        UUID nowhere = listing("Quality check mail nowhere");
        UUID somewhere = listing("Quality check mail somewhere");
        jdbc.sql("update service set email = 'hello@Quality-Nowhere.example' where id = ?").param(nowhere).update();
        jdbc.sql("update service set email = 'hello@quality-somewhere.example' where id = ?").param(somewhere).update();
        QualityProperties checked = new QualityProperties("-", Duration.ofSeconds(1), true, false);

        run.run(new MailDomainCheck(jdbc, dns(MailServers.Answer.NO, MailServers.Answer.YES), checked));
        assertThat(found(QualityKind.NO_MAIL_DOMAIN)).containsExactly(Map.entry(nowhere, "quality-nowhere.example"));

        jdbc.sql("update service set email = 'hello@quality-somewhere.example' where id = ?").param(nowhere).update();
        run.run(new MailDomainCheck(jdbc, dns(MailServers.Answer.CANNOT_TELL, MailServers.Answer.CANNOT_TELL), checked));
        assertThat(found(QualityKind.NO_MAIL_DOMAIN)).as("offline: kept, not closed on a guess").hasSize(1);
        run.run(new MailDomainCheck(jdbc, dns(MailServers.Answer.NO, MailServers.Answer.NO), checked));
        assertThat(found(QualityKind.NO_MAIL_DOMAIN)).as("a resolver denying every domain is not believed").hasSize(1);
    }

    /** DNS as this machine cannot give it: the first answer for our "nowhere" domain, the second for any other. */
    static MailServers dns(MailServers.Answer nowhere, MailServers.Answer elsewhere) {
        return new MailServers() {
            @Override
            Answer of(String domain) {
                return domain.equals("quality-nowhere.example") ? nowhere : elsewhere;
            }
        };
    }

    @Test
    void onlyEditorsSeeOrDismissTasks() {
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> quality.tasks(1)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> quality.dismiss(UUID.randomUUID(), "No")).isInstanceOf(NotPermittedException.class);
    }

    static void answer(HttpExchange exchange, int status, @Nullable String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
