package org.familyhub.portal.web;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
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

    @Autowired
    WebApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void anonymous() {
        mvc = SecuredMvc.of(context);
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
    void aLocalityLeafletIsAPdfWithCostPlaceAndTheSafeguardingLine() throws Exception {
        byte[] pdf = mvc.perform(get("/leaflets/localities/crewe-nantwich.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("Services in Crewe and Nantwich", "Stay and Play at Monks Coppenhall",
                "Cost: Free", "Where: Crewe, Crewe and Nantwich", "If a child is in immediate danger call 999.",
                "0300 000 010", "Every Tuesday, 9:30 to 11:00");
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
    void theSitemapListsEveryPublicPageAndRobotsPointsToIt() throws Exception {
        String sitemap = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<loc>http://localhost:8080/</loc>",
                "<loc>http://localhost:8080/localities/crewe-nantwich</loc>",
                "<loc>http://localhost:8080/categories/send</loc>",
                "<loc>http://localhost:8080/services/" + MONKS_STAY_AND_PLAY + "</loc>",
                "<loc>http://localhost:8080/venues/" + MONKS_CENTRE + "</loc>");
        long active = jdbc.sql("select count(*) from service where status = 'active'").query(Long.class).single();
        assertThat(sitemap.split("/services/").length - 1).as("every active service").isEqualTo(active);

        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(robots).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /api/");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
