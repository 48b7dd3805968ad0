package org.familyhub.portal.web;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.directory.PrintedDirectory;
import org.familyhub.directory.TermNames;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.search.SyntheticDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A locality's leaflet is something a centre can print and hand out: at most six A4 pages, the centres and family
 * hubs first with their addresses and hours, then services by topic, each with its address and postcode.
 */
@PortalTest
class LeafletPagesTest {

    /** The locality with the most active services that meet there or cover it: the longest leaflet. */
    private static final String LARGEST = """
            select l.code from locality l order by (select count(*) from service s where s.status = 'active' and (
              exists (select 1 from service_at_location sal join location v on v.id = sal.location_id
                      where sal.service_id = s.id and v.locality_id = l.id)
              or exists (select 1 from service_area a where a.service_id = s.id
                      and (a.locality_id = l.id or a.locality_id is null)))) desc, l.code limit 1""";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrintedDirectory printed;

    @Autowired
    LeafletMaker maker;

    @Autowired
    TermNames terms;

    MockMvc mvc;

    @BeforeEach
    void anonymous() {
        mvc = SecuredMvc.of(context);
    }

    @Test
    void theLargestLocalitysLeafletFitsOnSixPagesCentresFirstWithAddressesInEnglishAndPolish() throws Exception {
        String code = jdbc.sql(LARGEST).query(String.class).single();
        PrintedDirectory.Heading locality = printed.locality(code).orElseThrow();
        PrintedDirectory.Centres centres = printed.centresIn(locality.id(), 50);
        assertThat(centres.centres()).as("the sample's largest locality has centres").isNotEmpty();

        for (String lang : List.of("en", "pl")) {
            byte[] pdf = mvc.perform(get("/leaflets/localities/{code}.pdf", code).param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String text = text(pdf);
            System.out.printf("Leaflet for %s (%s): %d pages%n", code, lang, pages(pdf));

            assertThat(pages(pdf)).as("A4 pages in %s", lang).isBetween(1, LeafletMaker.MAX_PAGES);
            String centresTitle = "en".equals(lang) ? "Children's centres and family hubs"
                    : "Centra dla dzieci i centra rodzinne";
            int centresAt = text.indexOf(centresTitle);
            assertThat(centresAt).as("centres heading").isPositive();
            PrintedDirectory.Centre hub = centres.centres().getFirst();
            assertThat(text.indexOf(hub.name(), centresAt)).as("the first centre, under the heading").isPositive();
            centres.centres().stream().limit(12).forEach(centre -> assertThat(text)
                    .as("%s's postcode", centre.name()).contains(centre.name(), centre.postcode()));
            String firstTopic = terms.topic(printed.inLocality(locality.id(), 1).getFirst().topicCode(),
                    java.util.Locale.forLanguageTag(lang)).text();
            assertThat(text.indexOf(firstTopic, centresAt)).as("topics come after the centres")
                    .isGreaterThan(text.indexOf(centres.centres().getLast().name()));
            assertThat(text).contains("en".equals(lang) ? "Sessions run: " : "Zajęcia odbywają się: ",
                    "en".equals(lang) ? "Address: " : "Adres: ", "http://localhost:8080/localities/" + code);
        }
    }

    @Test
    void aPolishLeafletNamesItsTopicsAndPricesInPolish() throws Exception {
        String text = text(mvc.perform(get("/leaflets/categories/toddlers.pdf").param("lang", "pl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        assertThat(text).contains("Małe dzieci i przedszkolaki", "Bezpłatnie", "Zabawa z rodzicami (stay and play)")
                .doesNotContain("Toddlers and pre-school children", "Toddler groups", "Music and movement",
                        "Rhyme time and story time", "Outdoor play and walks", "an hour");
    }

    @Test
    void everyPrintedServiceWithAVenueHasItsAddressAndPostcodeNotOnlyItsTown() throws Exception {
        String text = text(mvc.perform(get("/leaflets/localities/crewe-nantwich.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        List<ServiceDetails> listed = printed.inLocality(printed.locality("crewe-nantwich").orElseThrow().id(), 50)
                .stream().flatMap(group -> group.services().stream())
                .filter(service -> !service.venues().isEmpty() && text.contains(service.name() + " "))
                .toList();

        assertThat(listed).as("services printed with a venue").hasSizeGreaterThan(10);
        for (ServiceDetails service : listed) {
            int at = text.indexOf(service.name() + " ");
            // a service meeting in several localities is shown at its venue in this one
            ServiceDetails.Venue venue = service.venues().stream()
                    .filter(v -> "Crewe and Nantwich".equals(v.place().locality())).findFirst()
                    .orElse(service.venues().getFirst());
            String entry = text.substring(at, Math.min(text.length(), at + 500));
            assertThat(entry).as(service.name()).contains("Address: ", venue.addressLines().getFirst(), venue.postcode());
        }
    }

    @Test
    void aLocalityWithAFewHundredMoreServicesStillFitsOnSixPagesAndSaysTheRestAreOnline() throws Exception {
        try {
            int services = SyntheticDirectory.growTo(jdbc,
                    jdbc.sql("select count(*) from service").query(Integer.class).single() + 300);
            byte[] pdf = maker.make(new GeneratedFile.Leaflet(GeneratedFile.Leaflet.Kind.LOCALITY, "crewe-nantwich",
                    "en")).orElseThrow();
            System.out.printf("Leaflet for Crewe and Nantwich at %d services: %d pages%n", services, pages(pdf));

            assertThat(pages(pdf)).isBetween(1, LeafletMaker.MAX_PAGES);
            assertThat(text(pdf)).contains("Children's centres and family hubs", "Every service is at"
                    + " http://localhost:8080/localities/crewe-nantwich").containsPattern("And [0-9,]+ more: ");
        } finally {
            SyntheticDirectory.shrinkToSample(jdbc);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
