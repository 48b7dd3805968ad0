package org.familyhub.workspace.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.directory.Directory;
import org.familyhub.directory.Listings;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.SessionDates;
import org.familyhub.directory.TermDates;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.shared.SavedWords;
import org.familyhub.shared.Translations;
import org.familyhub.shared.outbound.OutboundFetch;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.familyhub.workspace.calendar.CalendarFeedReaderTest.FORTNIGHTLY_MESSY_PLAY;
import static org.familyhub.workspace.calendar.CalendarFeedReaderTest.WINTER_FUN_DAY;
import static org.familyhub.workspace.calendar.CalendarFeedReaderTest.calendar;

/** A provider's calendar feed pulled from a server on this machine into a real listing, and back out. */
@PortalTest
class CalendarFeedPullTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    CalendarFeedPull pull;
    @Autowired
    CalendarFeedStore feeds;
    @Autowired
    Listings listings;
    @Autowired
    Directory directory;
    @Autowired
    OutboundFetch fetch;
    @Autowired
    Clock clock;
    @Autowired
    WebApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Translations translations;

    HttpServer server;
    HsdsDocuments.Service original;
    final Map<String, String> files = Map.of(
            "/sessions.ics", calendar(FORTNIGHTLY_MESSY_PLAY, WINTER_FUN_DAY),
            "/page.ics", "<html><body>Our sessions</body></html>",
            "/big.ics", calendar(FORTNIGHTLY_MESSY_PLAY.repeat(20)),
            "/monthly.ics", calendar(CalendarFeedReaderTest.event("swap@test",
                    "DTSTART;TZID=Europe/London:20261215T100000", "DTEND;TZID=Europe/London:20261215T113000",
                    "RRULE:FREQ=MONTHLY;BYMONTHDAY=15", "SUMMARY:Clothes swap"),
                    CalendarFeedReaderTest.event("daily@test", "DTSTART:20261215T100000Z", "RRULE:FREQ=DAILY",
                            "SUMMARY:Every day")));

    @BeforeEach
    void startServer() throws IOException {
        original = listings.document(MONKS_STAY_AND_PLAY).orElseThrow();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void restore() {
        server.stop(0);
        feeds.remove(MONKS_STAY_AND_PLAY);
        listings.write(original);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String file = files.get(exchange.getRequestURI().getPath());
        byte[] body = (file == null ? "Not found" : file).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
        exchange.sendResponseHeaders(file == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void aFeedsEventsBecomeTheServicesSessionsBesideTheHandMadeOnesAndAPullAgainReplacesThem() {
        List<Session> before = sessions();

        pull.pull(feed("/sessions.ics"));
        String modified = lastModified();
        pull.pull(feeds.find(MONKS_STAY_AND_PLAY).orElseThrow());
        assertThat(lastModified()).as("a pull that changes nothing writes nothing").isEqualTo(modified);

        List<Session> after = sessions();
        assertThat(after).hasSize(before.size() + 2).containsAll(before);
        Session messyPlay = after.stream().filter(s -> "Messy play".equals(s.description())).findFirst().orElseThrow();
        assertThat(messyPlay.frequency()).isEqualTo("WEEKLY");
        assertThat(messyPlay.interval()).isEqualTo(2);
        assertThat(messyPlay.days()).containsExactly("TU");
        assertThat(messyPlay.exceptDates()).containsExactly(LocalDate.of(2026, 12, 22));
        assertThat(SessionDates.next(messyPlay, LocalDate.of(2026, 12, 9), TermDates.UNKNOWN))
                .as("the fortnight after 8 December is cancelled").contains(LocalDate.of(2027, 1, 5));
        Session funDay = after.stream().filter(s -> "Winter fun day".equals(s.description())).findFirst()
                .orElseThrow();
        assertThat(funDay.opensAt()).isEqualTo(LocalTime.of(11, 0));
        assertThat(SessionDates.next(funDay, LocalDate.of(2026, 12, 2), TermDates.UNKNOWN))
                .contains(LocalDate.of(2026, 12, 12));
        CalendarFeed pulled = feeds.find(MONKS_STAY_AND_PLAY).orElseThrow();
        assertThat(english(pulled.lastStatus())).isEqualTo("2 sessions");
        assertThat(pulled.lastError()).isNull();
        assertThat(pulled.lastPulledAt()).isNotNull();
    }

    @Test
    void aFeedThatIsMissingNotACalendarOrTooLargeChangesNothingAndSaysWhy() {
        pull.pull(feed("/sessions.ics"));
        List<Session> good = sessions();
        CalendarFeedPull small = new CalendarFeedPull(fetch, listings, feeds,
                new CalendarFeedProperties(Duration.ofHours(6), 4096, 50), clock);

        assertThat(refusal(pull, "/gone.ics")).contains("404");
        assertThat(refusal(pull, "/page.ics")).contains("not answer with an iCalendar file");
        assertThat(refusal(small, "/big.ics")).contains("more than 4,096 bytes");
        assertThat(sessions()).isEqualTo(good);
    }

    @Test
    void theFedSessionsArePublishedInTheServicesCalendarWithTheOneOffOnItsDayAndTheException() throws Exception {
        pull.pull(feed("/sessions.ics"));

        String ics = SecuredMvc.of(context).perform(get("/calendar/services/{id}.ics", MONKS_STAY_AND_PLAY))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        VEvent funDay = events.stream().filter(e -> e.getProperty(Property.DESCRIPTION).orElseThrow().getValue()
                .startsWith("Winter fun day")).findFirst().orElseThrow();
        VEvent messyPlay = events.stream().filter(e -> e.getProperty(Property.DESCRIPTION).orElseThrow().getValue()
                .startsWith("Messy play")).findFirst().orElseThrow();

        assertThat(funDay.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261212T110000");
        assertThat(funDay.getProperty(Property.RRULE)).isEmpty();
        assertThat(messyPlay.getProperty(Property.RRULE).orElseThrow().getValue().split(";"))
                .containsExactlyInAnyOrder("FREQ=WEEKLY", "INTERVAL=2", "BYDAY=TU", "UNTIL=20270330T235959Z");
        assertThat(messyPlay.getProperty(Property.EXDATE).orElseThrow().getValue()).isEqualTo("20261222T100000");
    }

    /**
     * A monthly event on the 15th becomes a session dated and published on the 15th; a daily one cannot be a
     * session, and the feed's status says it was left out.
     */
    @Test
    void aMonthlyEventOnTheFifteenthIsASessionAndADailyOneIsLeftOutWithTheReasonInTheStatus() throws Exception {
        pull.pull(feed("/monthly.ics"));

        Session swap = sessions().stream().filter(s -> "Clothes swap".equals(s.description())).findFirst()
                .orElseThrow();
        assertThat(swap.dayOfMonth()).isEqualTo(15);
        assertThat(SessionDates.next(swap, LocalDate.of(2026, 12, 16), TermDates.UNKNOWN))
                .contains(LocalDate.of(2027, 1, 15));
        assertThat(english(feeds.find(MONKS_STAY_AND_PLAY).orElseThrow().lastStatus())).isEqualTo("1 session;"
                + " 1 event was left out: it repeats in a way the directory cannot show (daily, yearly, on several"
                + " days of the month or counting from its end)");
        String ics = SecuredMvc.of(context).perform(get("/calendar/services/{id}.ics", MONKS_STAY_AND_PLAY))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT)
                .stream().filter(e -> e.getProperty(Property.DESCRIPTION).orElseThrow().getValue()
                        .startsWith("Clothes swap")).findFirst().orElseThrow();
        assertThat(event.getProperty(Property.RRULE).orElseThrow().getValue()).isEqualTo("FREQ=MONTHLY;BYMONTHDAY=15");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261215T100000");
    }

    private String refusal(CalendarFeedPull puller, String path) {
        puller.pull(feed(path));
        CalendarFeed feed = feeds.find(MONKS_STAY_AND_PLAY).orElseThrow();
        assertThat(english(feed.lastStatus())).isEqualTo("Not changed");
        return english(feed.lastError());
    }

    /** Saved words as an English page says them. */
    String english(@Nullable SavedWords words) {
        return words == null ? "null" : words.say((key, values) -> translations.translate(key, Locale.ENGLISH, values),
                LocalDate::toString);
    }

    private CalendarFeed feed(String path) {
        feeds.save(MONKS_STAY_AND_PLAY, "http://127.0.0.1:" + server.getAddress().getPort() + path);
        return feeds.find(MONKS_STAY_AND_PLAY).orElseThrow();
    }

    private String lastModified() {
        return jdbc.sql("select cast(last_modified as char) from service where id = ?").param(MONKS_STAY_AND_PLAY)
                .query(String.class).single();
    }

    private List<Session> sessions() {
        return directory.service(MONKS_STAY_AND_PLAY).orElseThrow().venues().stream()
                .flatMap((Venue venue) -> venue.sessions().stream()).toList();
    }
}
