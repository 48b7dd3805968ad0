package org.familyhub.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.directory.Cost;
import org.familyhub.directory.Place;
import org.jspecify.annotations.Nullable;

/**
 * One page of results with the facet counts for every filter, what place was understood in the words,
 * and a spelling suggestion when the words found little.
 *
 * @param degraded true when the search engine was down and these are a plain database search's results: the
 *                 words only, by name, without filters, facets, places or distances
 */
public record SearchResults(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
        @Nullable String didYouMean, @Nullable UnderstoodPlace place, @Nullable Origin origin, boolean degraded) {

    public int totalPages() {
        return (int) Math.ceil(total / (double) size);
    }

    public record Hit(UUID id, String name, String provider, @Nullable String summary, List<Place> places,
            Cost cost, @Nullable Integer minimumAge, @Nullable Integer maximumAge, List<String> levels,
            double score, @Nullable Double distanceKm, List<String> highlights) {
    }

    public record FacetCount(String value, long count) {
    }

    /** A town or locality named in the words ("stay and play Crewe"), which results then prefer. */
    public record UnderstoodPlace(String name, @Nullable String town, String localityCode) {
    }

    /** Where distances are measured from. */
    public record Origin(String label, double latitude, double longitude) {
    }
}
