package org.familyhub.oruk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familyhub.directory.OpenReferralCatalogue;
import org.familyhub.directory.OpenReferralCatalogue.ServiceFilter;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchService;
import org.springframework.stereotype.Component;

/**
 * Which services a {@code search} lists, in order: the portal's own relevance order, so that the API finds
 * what the portal's search box finds (typos, synonyms, places in the words), then the standard's filters.
 * Without {@code search} the catalogue lists services by name, a page at a time in the database.
 */
@Component
class ServiceListing {

    /** Relevance beyond this many results is noise; it also bounds the work one request can cause. */
    static final int MAX_SEARCH_RESULTS = 1000;

    private final OpenReferralCatalogue catalogue;
    private final SearchService search;

    ServiceListing(OpenReferralCatalogue catalogue, SearchService search) {
        this.catalogue = catalogue;
        this.search = search;
    }

    /** The published services found by the words that the filter matches, most relevant first. */
    List<UUID> found(String words, ServiceFilter filter) {
        List<UUID> ranked = ranked(words);
        return filter.equals(ServiceFilter.none()) ? ranked : catalogue.retainMatching(ranked, filter);
    }

    /** Every hit in relevance order, page by page, because the filters are applied afterwards. */
    private List<UUID> ranked(String words) {
        List<UUID> ids = new ArrayList<>();
        for (int page = 1; ids.size() < MAX_SEARCH_RESULTS; page++) {
            SearchResults results = search.list(
                    SearchQuery.forText(words).page(page).size(SearchQuery.MAX_SIZE).build());
            results.hits().forEach(hit -> ids.add(hit.id()));
            if (results.hits().isEmpty() || page >= results.totalPages()) {
                break;
            }
        }
        return ids.stream().distinct().limit(MAX_SEARCH_RESULTS).toList();
    }
}
