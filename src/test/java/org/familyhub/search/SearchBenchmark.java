package org.familyhub.search;

import static org.familyhub.benchmark.Latencies.percentile;

import java.util.ArrayList;

import java.util.List;

import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import org.familyhub.PortalTest;

import org.familyhub.search.index.ServiceIndex;
import org.familyhub.search.meaning.SentenceMeaning;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the search benchmark, run with {@code ./mvnw verify -Pbenchmark}. Grows the directory to
 * 10,000 and then 100,000 services by copying the sample services, times a full reindex from the
 * database, then runs a fixed mix of queries and prints latency of the search service and of the raw
 * Elasticsearch request for the same queries, with index size and heap.
 */
@Tag("benchmark")
@PortalTest
class SearchBenchmark {

    private static final int WARM_UP = 100;
    private static final int ROUNDS = 20;

    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SentenceMeaning meaning;

    @Test
    void searchLatencyAt10kAnd100kServices() throws Exception {
        for (int target : sizes()) {
            int services = SyntheticDirectory.growTo(jdbc, target);
            long started = System.nanoTime();
            index.rebuild();
            double reindexSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%n=== %,d services: full reindex %.1f s (%.0f services/s)%n", services, reindexSeconds,
                    services / reindexSeconds);
            measure();
            printSizes();
        }
    }

    /** {@code -Dbenchmark.sizes=10000} runs one size only. */
    private static int[] sizes() {
        return java.util.Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
    }

    private void measure() {
        List<SearchQuery> mix = queryMix();
        List<MsearchRequest> raw = mix.stream().map(search::request).toList();
        for (int i = 0; i < WARM_UP; i++) {
            search.search(mix.get(i % mix.size()));
            search.execute(raw.get(i % raw.size()));
        }
        List<Long> serviceNanos = new ArrayList<>();
        List<Long> rawNanos = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < mix.size(); i++) {
                SearchQuery query = mix.get(i);
                MsearchRequest request = raw.get(i);
                serviceNanos.add(time(() -> search.search(query)));
                rawNanos.add(time(() -> search.execute(request)));
            }
        }
        // The search service remembers the meaning of words asked before; a parent's new words cost this on top.
        List<Long> meaningNanos = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (SearchQuery query : mix) {
                if (!query.text().isBlank()) {
                    meaningNanos.add(time(() -> meaning.ofTexts(List.of(query.text()))));
                }
            }
        }
        print("search service", serviceNanos);
        print("raw Elasticsearch", rawNanos);
        print("meaning of words", meaningNanos);
        double p95WithNewWords = percentile(serviceNanos, 95) + percentile(meaningNanos, 95);
        System.out.printf("ratio service/raw: p50 %.2f×, p95 %.2f×; p95 with words never asked before %.1f ms, %.2f×%n",
                percentile(serviceNanos, 50) / percentile(rawNanos, 50),
                percentile(serviceNanos, 95) / percentile(rawNanos, 95), p95WithNewWords / 1e6,
                p95WithNewWords / percentile(rawNanos, 95));
    }

    /** Text, text with filters, and distance queries, as parents type them. */
    static List<SearchQuery> queryMix() {
        List<SearchQuery> mix = new ArrayList<>();
        for (String text : List.of("stay and play", "autism support", "austim support near crewe", "parenting course",
                "breastfeeding", "food bank", "help with toddler tantrums", "youth club macclesfield",
                "free swimming for babies", "domestic abuse")) {
            mix.add(SearchQuery.forText(text).build());
        }
        mix.add(SearchQuery.forText("stay and play").locality("crewe-nantwich").freeOnly(true).build());
        mix.add(SearchQuery.forText("parenting").age(4).level("2").build());
        mix.add(SearchQuery.forText("baby group").day("TU").time("morning").build());
        mix.add(SearchQuery.forText("send").category("send").locality("congleton").build());
        mix.add(SearchQuery.forText("").locality("macclesfield").delivery("online").build());
        mix.add(SearchQuery.forText("stay and play").postcode("CW1 3AB").radiusKm(5.0)
                .sort(SearchQuery.SortOrder.DISTANCE).build());
        mix.add(SearchQuery.forText("").postcode("SK10 1AA").radiusKm(3.0).sort(SearchQuery.SortOrder.DISTANCE).build());
        mix.add(SearchQuery.forText("autism").near("Wilmslow").radiusKm(10.0).build());
        mix.add(SearchQuery.forText("nursery").postcode("CW12 1AB").radiusKm(8.0).age(2).build());
        mix.add(SearchQuery.forText("").coordinates(53.26, -2.13).radiusKm(2.0).sort(SearchQuery.SortOrder.DISTANCE).build());
        return mix;
    }

    @SuppressWarnings("unchecked")
    private void printSizes() throws Exception {
        var stats = client.indices().stats(s -> s.index(ServiceIndex.ALIAS));
        long bytes = stats.all().primaries().store().sizeInBytes();
        var nodes = client.nodes().stats(n -> n.metric("jvm"));
        long heap = nodes.nodes().values().stream().mapToLong(n -> n.jvm().mem().heapUsedInBytes()).sum();
        Runtime app = Runtime.getRuntime();
        System.out.printf("index size %.1f MB, Elasticsearch heap used %.0f MB, portal heap used %.0f MB%n",
                bytes / 1e6, heap / 1e6, (app.totalMemory() - app.freeMemory()) / 1e6);
    }

    private static long time(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return System.nanoTime() - started;
    }

    private static void print(String label, List<Long> nanos) {
        System.out.printf("%-18s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d queries)%n", label,
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6, nanos.size());
    }


}
