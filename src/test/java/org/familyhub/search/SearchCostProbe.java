package org.familyhub.search;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.json.JsonpUtils;
import org.familyhub.PortalTest;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Not a test: what each part of one search (the page of hits, the count with the facets, the nearest by meaning, the
 * spelling) costs the search engine, in CPU milliseconds of its process, on whatever directory the data directory
 * holds ({@code -Dfamilyhub.data-dir=…} after {@code PageCostProbe} grew it), with the index's number of segments.
 * {@code -Dprobe.variants=true} times the page's search again with one part left out at a time (aggregations, the
 * count, the kNN clause, the fuzzy and ranking clauses); {@code -Dprobe.forcemerge=true} merges the index into one
 * segment first; {@code -Dprobe.warmup=…} sends each whole search that many times before measuring, and
 * {@code -Dprobe.rounds=…} sets how many requests each figure is the mean of. Nothing is asserted.
 */
@Tag("benchmark")
@PortalTest
class SearchCostProbe {

    /** Each figure is the mean of this many requests ({@code -Dprobe.rounds}, 30). */
    private static final int ROUNDS = Integer.getInteger("probe.rounds", 30);
    /**
     * Each query's whole search is sent this many times before anything is measured ({@code -Dprobe.warmup}, 0): the
     * engine's JVM compiles its hot code over the first thousand or so, and a cold figure is up to twice a warm one.
     */
    private static final int WARMUP = Integer.getInteger("probe.warmup", 0);

    @Autowired
    SearchService search;
    @Autowired
    ElasticsearchClient client;

    @Test
    void costPerPartOfASearch() throws Exception {
        System.out.println("segments: " + client.indices().segments(r -> r.index(ServiceIndex.ALIAS)).indices()
                .values().stream().flatMap(i -> i.shards().values().stream()).flatMap(s -> s.stream())
                .mapToInt(s -> s.segments().size()).sum());
        if (Boolean.getBoolean("probe.forcemerge")) {
            client.indices().forcemerge(r -> r.index(ServiceIndex.ALIAS).maxNumSegments(1L));
            System.out.println("merged to one segment");
        }
        List<SearchQuery> queries = List.of(
                SearchQuery.forText("stay and play crewe").freeOnly(true).build(),
                SearchQuery.forText("help with toddler tantrums").build());
        for (int i = 0; i < WARMUP; i++) {
            queries.forEach(query -> search.execute(search.request(query)));
        }
        StringBuilder table = new StringBuilder("\nquery / part                         ES CPU ms   wall ms\n");
        for (SearchQuery query : queries) {
            MsearchRequest whole = search.request(query);
            measure(table, query.text() + " (all)", whole);
            measure(table, query.text() + " (all again)", whole);
            List<RequestItem> items = whole.searches();
            for (int i = 0; i < items.size(); i++) {
                RequestItem item = items.get(i);
                measure(table, query.text() + " #" + i, new MsearchRequest.Builder().index(ServiceIndex.ALIAS)
                        .searches(item).build());
            }
        }
        for (SearchQuery query : queries) {
            measure(table, query.text() + " (all, last)", search.request(query));
        }
        System.out.println(table);
        if (Boolean.getBoolean("probe.variants")) {
            variants(SearchQuery.forText("stay and play crewe").freeOnly(true).build());
        }
    }

    /** The page's search (#0) again with one part left out at a time, to see what each part costs. */
    private void variants(SearchQuery query) {
        RequestItem item = search.request(query).searches().get(0);
        String json = JsonpUtils.toJsonString(item.body(), client._jsonpMapper());
        System.out.println("#0: " + json.substring(0, Math.min(json.length(), 300)));
        JsonMapper mapper = new JsonMapper();
        StringBuilder table = new StringBuilder("\nvariant of #0                        ES CPU ms   wall ms   matches\n");
        Map<String, Consumer<ObjectNode>> variants =
                new LinkedHashMap<>();
        variants.put("as is", body -> { });
        variants.put("no aggregations", body -> body.remove("aggregations"));
        variants.put("no aggs, no total", body -> {
            body.remove("aggregations");
            body.put("track_total_hits", false);
        });
        variants.put("no source", body -> body.put("_source", false));
        variants.put("no aggs, no kNN clause", body -> {
            body.remove("aggregations");
            ((ArrayNode) body.at("/query/bool/should")).remove(1);
        });
        variants.put("no aggs, no scoring fuzzy", body -> {
            body.remove("aggregations");
            ((ArrayNode) body.at("/query/bool/should/0/bool/should")).remove(1);
        });
        variants.put("no aggs, no matching fuzzy", body -> {
            body.remove("aggregations");
            ((ArrayNode) body.at("/query/bool/should/0/bool/must/1/bool/should"))
                    .remove(1);
        });
        variants.put("no aggs, no fuzzy at all", body -> {
            body.remove("aggregations");
            ((ArrayNode) body.at("/query/bool/should/0/bool/should")).remove(1);
            ((ArrayNode) body.at("/query/bool/should/0/bool/must/1/bool/should"))
                    .remove(1);
        });
        variants.put("no aggs, no scoring clauses", body -> {
            body.remove("aggregations");
            ((ObjectNode) body.at("/query/bool/should/0/bool")).remove("should");
        });
        variants.put("as is (again)", body -> { });
        variants.put("size 10", body -> body.put("size", 10));
        for (var variant : variants.entrySet()) {
            try {
                ObjectNode body =
                        (ObjectNode) mapper.readTree(json);
                variant.getValue().accept(body);
                String changed = mapper.writeValueAsString(body);
                SearchRequest request =
                        SearchRequest.of(b -> b.index(ServiceIndex.ALIAS)
                                .withJson(new StringReader(changed)));
                long matches = 0;
                for (int i = 0; i < 5; i++) {
                    var response = client.search(request, Map.class);
                    matches = response.hits().total() == null ? -1 : response.hits().total().value();
                }
                long cpu = engineCpuTicks();
                long wall = System.nanoTime();
                for (int i = 0; i < ROUNDS; i++) {
                    client.search(request, Map.class);
                }
                table.append(String.format(Locale.ROOT, "%-36s %9.1f %9.1f %9d%n", variant.getKey(),
                        (engineCpuTicks() - cpu) * 10.0 / ROUNDS, (System.nanoTime() - wall) / 1e6 / ROUNDS, matches));
            } catch (Exception e) {
                table.append(variant.getKey()).append(": ").append(e).append('\n');
            }
        }
        System.out.println(table);
    }

    private void measure(StringBuilder table, String name, MsearchRequest request) {
        for (int i = 0; i < 5; i++) {
            search.execute(request);
        }
        long cpu = engineCpuTicks();
        long wall = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            search.execute(request);
        }
        table.append(String.format(Locale.ROOT, "%-36s %9.1f %9.1f%n", name,
                (engineCpuTicks() - cpu) * 10.0 / ROUNDS, (System.nanoTime() - wall) / 1e6 / ROUNDS));
    }

    /** utime + stime of the embedded Elasticsearch, in clock ticks. */
    private static long engineCpuTicks() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").contains("java")).mapToLong(p -> {
                    try {
                        String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    } catch (Exception gone) {
                        return 0;
                    }
                }).sum();
    }
}
