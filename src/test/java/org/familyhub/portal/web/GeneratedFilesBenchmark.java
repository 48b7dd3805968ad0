package org.familyhub.portal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.familyhub.PortalTest;
import org.familyhub.benchmark.Latencies;
import org.familyhub.SecuredMvc;
import org.familyhub.portal.web.GeneratedFile.Leaflet;
import org.familyhub.search.SyntheticDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not a test: run with {@code ./mvnw verify -Pbenchmark} ({@code -Dbenchmark.sizes=10000} for one size).
 * At the sample and then at 10,000 and 100,000 services, prints how long each leaflet and the sitemap take
 * to make and how big they are, then the server time of serving them as stored (200 and 304), p50/p95.
 */
@Tag("benchmark")
@PortalTest
class GeneratedFilesBenchmark {

    private static final int ROUNDS = 200;
    private static final List<GeneratedFile> FILES = List.of(
            new Leaflet(Leaflet.Kind.LOCALITY, "crewe-nantwich", "en"),
            new Leaflet(Leaflet.Kind.CATEGORY, "parenting", "en"),
            new GeneratedFile.SiteMap());
    private static final List<String> PATHS = List.of("/leaflets/localities/crewe-nantwich.pdf",
            "/leaflets/categories/parenting.pdf", "/sitemap.xml", "/sitemaps/services-1.xml.gz");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileGeneration generation;
    @Autowired
    StoredFiles files;

    @Test
    void leafletsAndSitemapAt10kAnd100kServices() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        measure(mvc, jdbc.sql("select count(*) from service").query(Integer.class).single());
        for (int target : Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray()) {
            measure(mvc, SyntheticDirectory.growTo(jdbc, target));
        }
    }

    private void measure(MockMvc mvc, int services) throws Exception {
        System.out.printf("%n=== %,d services%n%-50s %10s %10s %8s%n", services, "made", "generation", "bytes", "pages");
        for (GeneratedFile file : FILES) {
            long start = System.nanoTime();
            generation.generate(file).get(30, TimeUnit.MINUTES);
            long millis = (System.nanoTime() - start) / 1_000_000;
            byte[] content = files.find(file.name()).orElseThrow().content();
            String pages = "";
            if (file instanceof Leaflet) {
                try (PDDocument pdf = Loader.loadPDF(content)) {
                    pages = Integer.toString(pdf.getNumberOfPages());
                }
            } else {
                pages = jdbc.sql("select count(*) from generated_file where name like '/sitemaps/%'")
                        .query(Long.class).single() + " parts, " + jdbc.sql("select sum(length(content)) from"
                        + " generated_file where name like '/sitemap%'").query(Long.class).single() + " bytes in all";
            }
            System.out.printf("%-50s %7d ms %10d %8s%n", file.name(), millis, content.length, pages);
        }
        System.out.printf("%-50s %12s %12s %12s%n", "served as stored (server time)", "200 p50", "200 p95", "304 p95");
        for (String path : PATHS) {
            String etag = mvc.perform(get(path)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
            List<Long> full = new ArrayList<>();
            List<Long> notModified = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                mvc.perform(get(path)).andReturn();
                full.add(System.nanoTime() - start);
                start = System.nanoTime();
                mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn();
                notModified.add(System.nanoTime() - start);
            }
            System.out.printf("%-50s %9.1f ms %9.1f ms %9.1f ms%n", path, percentile(full, 50), percentile(full, 95),
                    percentile(notModified, 95));
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        return Latencies.percentile(nanos, percent) / 1e6;
    }
}
