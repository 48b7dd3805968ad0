package org.familyhub.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.directory.PrintedDirectory;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.portal.web.GeneratedFile.Leaflet;
import org.familyhub.search.SyntheticDirectory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leaflets and the sitemap are made once per change, through the outbox, one at a time, and served from
 * the database with validators.
 */
@PortalTest
class GeneratedFilesTest {

    private static final String CONGLETON = "/leaflets/localities/congleton.pdf";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    FileGeneration generation;

    @Autowired
    FileRefresh refresh;

    @Autowired
    SiteMapMaker siteMaps;

    @Autowired
    PrintedDirectory printed;

    @Autowired
    GeneratedFileProperties settings;

    @Autowired
    EntityManagerFactory entities;

    MockMvc mvc;

    @BeforeEach
    void anonymous() throws Exception {
        mvc = SecuredMvc.of(context);
        refresh.regenerate(Duration.ZERO).get(2, TimeUnit.MINUTES);
    }

    @AfterEach
    void noSyntheticServicesLeft() {
        // A change's other listeners may still be writing when the test had what it waited for; deleting under them
        // deadlocked once in a full run.
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        jdbc.sql("delete from attribute where link_type = 'service' and link_id like '0000%'").update();
        if (jdbc.sql("delete from service where id like '0000%'").update() > 0) {
            // Files made while the directory was larger would outlive the services they list.
            jdbc.sql("delete from generated_file").update();
        }
    }

    @Test
    void aChangeToAServiceMakesItsLeafletsAgainOnceTheOutboxHasDeliveredIt() throws Exception {
        MockHttpServletResponse before = leaflet(CONGLETON);
        mvc.perform(get(CONGLETON).param("lang", "pl")).andExpect(status().isOk());
        mvc.perform(get("/sitemap.xml")).andExpect(status().isOk());
        UUID shown = printed.inLocality(printed.locality("congleton").orElseThrow().id(), settings.leafletTopicLimit())
                .getFirst().services().getFirst().id();
        String name = jdbc.sql("select name from service where id = ?").param(shown).query(String.class).single();
        try {
            rename(shown, name + " Printed Anew");
            awaitStale(CONGLETON + "?lang=en", CONGLETON + "?lang=pl", "/sitemap.xml");
            assertThat(leaflet(CONGLETON).getHeader(HttpHeaders.ETAG)).as("served as stored until made again")
                    .isEqualTo(before.getHeader(HttpHeaders.ETAG));

            refresh.regenerate(Duration.ZERO).get(2, TimeUnit.MINUTES);

            MockHttpServletResponse after = leaflet(CONGLETON);
            assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getHeader(HttpHeaders.ETAG));
            assertThat(text(after.getContentAsByteArray())).contains(name + " Printed Anew");
            assertThat(text(before.getContentAsByteArray())).doesNotContain("Printed Anew");
        } finally {
            rename(shown, name);
        }
    }

    @Test
    void aClientThatHasTheLeafletAlreadyIsAnswered304() throws Exception {
        MockHttpServletResponse first = leaflet("/leaflets/categories/send.pdf");
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age");
        assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();

        MockHttpServletResponse again = mvc.perform(get("/leaflets/categories/send.pdf")
                        .header(HttpHeaders.IF_NONE_MATCH, first.getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified()).andReturn().getResponse();
        assertThat(again.getContentAsByteArray()).isEmpty();
        mvc.perform(get("/sitemap.xml").header(HttpHeaders.IF_NONE_MATCH,
                        mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified());
    }

    @Test
    void concurrentFirstRequestsForALeafletWaitForOneGeneration() throws Exception {
        String path = "/leaflets/categories/antenatal.pdf";
        jdbc.sql("delete from generated_file where name like '/leaflets/categories/antenatal.pdf%'").update();
        long made = generation.made();
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        ExecutorService parents = Executors.newFixedThreadPool(6);
        try {
            for (int i = 0; i < 6; i++) {
                answers.add(parents.submit(() -> mvc.perform(get(path).param("lang", "pl")).andReturn().getResponse()));
            }
            Set<String> etags = new java.util.HashSet<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(2, TimeUnit.MINUTES);
                assertThat(response.getStatus()).isEqualTo(200);
                etags.add(response.getHeader(HttpHeaders.ETAG));
            }
            assertThat(etags).hasSize(1);
        } finally {
            parents.shutdownNow();
        }
        assertThat(generation.made() - made).as("generations").isEqualTo(1);
    }

    @Test
    void atStartEveryMissingLeafletAndTheSitemapAreMade() throws Exception {
        jdbc.sql("delete from generated_file").update();

        refresh.generateMissing().get(5, TimeUnit.MINUTES);

        List<String> stored = jdbc.sql("select name from generated_file").query(String.class).list();
        int expected = 2 * (printed.localityCodes().size() + printed.topLevelCategoryCodes().size());
        assertThat(stored.stream().filter(name -> name.startsWith("/leaflets/"))).hasSize(expected)
                .contains(CONGLETON + "?lang=pl", "/leaflets/categories/send.pdf?lang=en");
        assertThat(stored).contains("/sitemap.xml", "/sitemaps/pages.xml.gz", "/sitemaps/services-1.xml.gz");
    }

    @Test
    void aLeafletOfAFewHundredMoreServicesReadsABoundedNumberOfStatements() throws Exception {
        Leaflet crewe = new Leaflet(Leaflet.Kind.LOCALITY, "crewe-nantwich", "en");
        Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long sample = statements(statistics, crewe);
            int services = SyntheticDirectory.growTo(jdbc, count("select count(*) from service") + 300);
            long grown = statements(statistics, crewe);
            long inLocality = count("select count(*) from service s where exists (select 1 from service_at_location"
                    + " sal join location l on l.id = sal.location_id join locality y on y.id = l.locality_id"
                    + " where sal.service_id = s.id and y.code = 'crewe-nantwich')");
            System.out.printf("Leaflet for Crewe and Nantwich: %d statements at the sample, %d at %d services"
                    + " (%d with a venue there)%n", sample, grown, services, inLocality);
            assertThat(grown).as("statements at %d services", services).isLessThanOrEqualTo(Math.max(60, 2 * sample))
                    .isLessThan(inLocality);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void theSitemapOfAFewHundredMoreServicesListsEveryPublishedServiceInValidParts() throws Exception {
        SyntheticDirectory.growTo(jdbc, count("select count(*) from service") + 300);
        generation.generate(new GeneratedFile.SiteMap()).get(2, TimeUnit.MINUTES);
        // Temporarily closed services keep their pages, with their notice, for their regulars to find.
        Set<String> published = jdbc.sql("select id from service where status in ('active', 'temporarily closed')")
                .query(String.class).list()
                .stream().map(id -> SiteMapReader.BASE + "/services/" + id).collect(Collectors.toSet());

        assertThat(SiteMapReader.pages(mvc).stream().filter(page -> page.contains("/services/")))
                .containsExactlyInAnyOrderElementsOf(published);

        List<StoredFiles.NewFile> smallParts = siteMaps.make(100);
        List<String> listed = new ArrayList<>();
        for (StoredFiles.NewFile part : smallParts) {
            if (part.name().startsWith("/sitemaps/services-")) {
                listed.addAll(SiteMapReader.part(part.content(), 100));
            }
        }
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
        assertThat(smallParts.getLast().name()).isEqualTo("/sitemap.xml");
        assertThat(new String(smallParts.getLast().content(), StandardCharsets.UTF_8).split("<sitemap>").length - 1)
                .isEqualTo(smallParts.size() - 1).isEqualTo(2 + (published.size() - 1) / 100);
    }

    private long statements(Statistics statistics, Leaflet leaflet) throws Exception {
        statistics.clear();
        long start = System.nanoTime();
        generation.generate(leaflet).get(2, TimeUnit.MINUTES);
        System.out.printf("%s made in %d ms%n", leaflet.name(), (System.nanoTime() - start) / 1_000_000);
        return statistics.getPrepareStatementCount();
    }

    private MockHttpServletResponse leaflet(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    }

    /** Changes the name and raises the event in one transaction, as the directory's writes do. */
    private void rename(UUID service, String name) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update service set name = ? where id = ?").params(name, service).update();
            events.publishEvent(new ServicesChanged(Set.of(service)));
        });
    }

    private void awaitStale(String... names) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String name : names) {
            while (jdbc.sql("select count(*) from generated_file where name = ? and stale_since is not null")
                    .param(name).query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("%s marked stale within a minute", name).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
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
