package org.familyhub.portal.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.directory.PrintedDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Calendar files, PDF leaflets, sitemap and robots: public, through the real security filters. */
@PortalTest
class PortalFilesTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Autowired
    WebApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    PrintedDirectory printed;

    @Autowired
    GeneratedFileProperties settings;

    MockMvc mvc;

    @BeforeEach
    void anonymous() {
        mvc = SecuredMvc.of(context);
    }

    @Test
    void aTermTimeSessionsCalendarFileSkipsTheHolidaysWhenACalendarReadsIt() throws Exception {
        // Babies and Me at Monks Coppenhall: Thursdays 1:30pm to 3pm, term time only
        Calendar calendar = calendar("afe59457-b647-5653-ba48-c54536d79214", MONKS_CENTRE);
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();

        List<LocalDateTime> sessions = event.<ZonedDateTime>calculateRecurrenceSet(new Period<>(
                        ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ENGLAND), ZonedDateTime.of(2027, 7, 31, 0, 0, 0, 0, ENGLAND)))
                .stream().map(period -> period.getStart().withZoneSameInstant(ENGLAND).toLocalDateTime()).sorted()
                .toList();

        assertThat(sessions).extracting(LocalDateTime::toLocalDate)
                .contains(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 17), LocalDate.of(2027, 1, 7),
                        LocalDate.of(2027, 7, 22))
                .doesNotContain(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 18),
                        LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 8), LocalDate.of(2027, 6, 3));
        // 34 Thursdays from 3 December to 22 July, 6 of them in the holidays
        assertThat(sessions).hasSize(28)
                .allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(13, 30)));
    }

    @Test
    void aCalendarFileCarriesAValidEuropeLondonTimeZoneThatKeepsSummerTime() throws Exception {
        Calendar calendar = calendar(MONKS_STAY_AND_PLAY, MONKS_CENTRE);
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();

        assertThat(zone.<TzId>getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(zone.validate(true).hasErrors()).as(zone.validate(true).toString()).isFalse();
        assertThat(calendar.validate(true).hasErrors()).as(calendar.validate(true).toString()).isFalse();
        TimeZone london = new TimeZone(zone);
        for (Instant at = Instant.parse("2026-01-01T00:30:00Z"); at.isBefore(Instant.parse("2029-01-01T00:00:00Z"));
                at = at.plus(Duration.ofHours(6))) {
            assertThat(london.getOffset(at.toEpochMilli()) / 1000).as(at.toString())
                    .isEqualTo(ENGLAND.getRules().getOffset(at).getTotalSeconds());
        }
        // a Tuesday in summer: 9:30 in England is 8:30 UTC
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.<ZonedDateTime>calculateRecurrenceSet(new Period<>(
                        ZonedDateTime.of(2027, 6, 8, 0, 0, 0, 0, ENGLAND), ZonedDateTime.of(2027, 6, 9, 0, 0, 0, 0, ENGLAND))))
                .singleElement().extracting(period -> period.getStart().toInstant())
                .isEqualTo(Instant.parse("2027-06-08T08:30:00Z"));
    }

    private Calendar calendar(String service, String venue) throws Exception {
        String ics = mvc.perform(get("/calendar/{s}/{v}/0.ics", service, venue)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void aSessionSeriesDownloadsAsACalendarFileWithItsRepeatAndPlace() throws Exception {
        MvcResult result = mvc.perform(get("/calendar/{s}/{v}/0.ics", MONKS_STAY_AND_PLAY, MONKS_CENTRE))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn();

        String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "END:VCALENDAR")
                .contains("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270723T235959Z")
                .contains("DTSTART;TZID=Europe/London:", "T093000", "DTEND;TZID=Europe/London:", "T110000")
                .contains("SUMMARY:Stay and Play at Monks Coppenhall")
                .contains("LOCATION:Monks Coppenhall Children's Centre\\, Coleridge Way")
                .contains("URL:http://localhost:8080/services/" + MONKS_STAY_AND_PLAY);
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("stay-and-play-at-monks-coppenhall.ics");
    }

    @Test
    void anUnknownSessionIsNotFound() throws Exception {
        mvc.perform(get("/calendar/{s}/{v}/9.ics", MONKS_STAY_AND_PLAY, MONKS_CENTRE)).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/not-a-service/x/0.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aLocalityLeafletIsAPdfByTopicWithCostPlaceAndTheSafeguardingLine() throws Exception {
        byte[] pdf = mvc.perform(get("/leaflets/localities/crewe-nantwich.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        // as many under each topic as fit on six pages (LeafletPagesTest), never more than configured
        int printedEach = Integer.parseInt(text.replaceFirst(".*Under each topic this leaflet lists up to (\\d+)"
                + " services.*", "$1"));
        assertThat(printedEach).isBetween(1, settings.leafletTopicLimit());
        List<PrintedDirectory.TopicGroup> topics = printed.inLocality(
                printed.locality("crewe-nantwich").orElseThrow().id(), printedEach);
        assertThat(text).contains("Services in Crewe and Nantwich", "Childcare and early education",
                topics.getFirst().services().getFirst().name(), "Cost: Free", "Address: ", ", Crewe, CW",
                "When: Every", "If a child is in immediate danger call 999.", "0300 000 010");
        assertThat(text.split("And [0-9,]+ more: ").length - 1).as("topics with more services than printed")
                .isEqualTo(topics.stream().filter(topic -> topic.total() > topic.services().size()).count());
    }

    @Test
    void aTopicLeafletCanBeInPolishWithEveryPolishLetter() throws Exception {
        byte[] pdf = mvc.perform(get("/leaflets/categories/send.pdf").param("lang", "pl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Koszt", "Jeśli dziecku grozi bezpośrednie niebezpieczeństwo");
    }

    @Test
    void anUnknownLeafletIsNotFound() throws Exception {
        mvc.perform(get("/leaflets/localities/atlantis.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/leaflets/categories/atlantis.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void theSitemapIsAnIndexOfGzippedPartsListingEveryPublicPageAndRobotsPointsToIt() throws Exception {
        List<String> pages = SiteMapReader.pages(mvc);

        assertThat(pages).contains("http://localhost:8080/", "http://localhost:8080/localities/crewe-nantwich",
                "http://localhost:8080/categories/send", "http://localhost:8080/services/" + MONKS_STAY_AND_PLAY,
                "http://localhost:8080/venues/" + MONKS_CENTRE).doesNotHaveDuplicates();
        // Temporarily closed services keep their pages, with their notice, for their regulars to find.
        long listed = jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')")
                .query(Long.class).single();
        assertThat(listed).isGreaterThan(jdbc.sql("select count(*) from service where status = 'active'")
                .query(Long.class).single());
        assertThat(pages.stream().filter(page -> page.contains("/services/"))).as("every listed service")
                .hasSize((int) listed);
        mvc.perform(get("/sitemaps/services-1.xml.gz")).andExpect(status().isOk())
                .andExpect(content().contentType("application/gzip"));
        mvc.perform(get("/sitemaps/services-999.xml.gz")).andExpect(status().isNotFound());
        mvc.perform(get("/sitemaps/../sitemap.xml.gz")).andExpect(status().is4xxClientError());

        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(robots).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /api/");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // Bold labels are drawn apart from the text beside them: read the page as it is laid out.
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
