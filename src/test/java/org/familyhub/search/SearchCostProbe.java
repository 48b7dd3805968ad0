package org.familyhub.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import org.familyhub.PortalTest;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: what each part of one search (the page of hits, the count with the facets, the nearest by meaning, the
 * spelling) costs the search engine, in CPU milliseconds of its process, on whatever directory the data directory
 * holds ({@code -Dfamilyhub.data-dir=…} after {@code PageCostProbe} grew it). Nothing is asserted.
 */
@Tag("benchmark")
@PortalTest
class SearchCostProbe {

    private static final int ROUNDS = 30;

    @Autowired
    SearchService search;

    @Test
    void costPerPartOfASearch() {
        List<SearchQuery> queries = List.of(
                SearchQuery.forText("stay and play crewe").freeOnly(true).build(),
                SearchQuery.forText("help with toddler tantrums").build());
        StringBuilder table = new StringBuilder("\nquery / part                         ES CPU ms   wall ms\n");
        for (SearchQuery query : queries) {
            MsearchRequest whole = search.request(query);
            measure(table, query.text() + " (all)", whole);
            List<RequestItem> items = whole.searches();
            for (int i = 0; i < items.size(); i++) {
                RequestItem item = items.get(i);
                measure(table, query.text() + " #" + i, new MsearchRequest.Builder().index(ServiceIndex.ALIAS)
                        .searches(item).build());
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
