package org.familyhub.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One reading of the search's parameters, for the search page and for {@code /api/search}. */
class SearchParametersTest {

    @Test
    void readsEveryParameterIntoTheQuery() {
        SearchParameters.Read read = SearchParameters.read(Map.ofEntries(Map.entry("q", List.of(" stay and play ")),
                Map.entry("postcode", List.of("CW1 3AB")), Map.entry("radius_km", List.of("5")),
                Map.entry("age", List.of("2")), Map.entry("free", List.of("true")), Map.entry("day", List.of("tu", "SA")),
                Map.entry("time", List.of("morning")), Map.entry("locality", List.of("crewe-nantwich")),
                Map.entry("not_understood", List.of("place")), Map.entry("sort", List.of("distance")),
                Map.entry("page", List.of("2"))), 10);

        assertThat(read.problems()).isEmpty();
        SearchQuery query = read.query();
        assertThat(query.text()).isEqualTo("stay and play");
        assertThat(query.postcode()).isEqualTo("CW1 3AB");
        assertThat(query.radiusKm()).isEqualTo(5.0);
        assertThat(query.age()).isEqualTo(2);
        assertThat(query.freeOnly()).isTrue();
        assertThat(query.days()).containsExactlyInAnyOrder("TU", "SA");
        assertThat(query.times()).containsExactly("morning");
        assertThat(query.localities()).containsExactly("crewe-nantwich");
        assertThat(query.notUnderstood()).containsExactly("place");
        assertThat(query.sort()).isEqualTo(SearchQuery.SortOrder.DISTANCE);
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(10);
    }

    @Test
    void aTownInThePlaceBoxIsWhereNearIsFrom() {
        SearchQuery query = SearchParameters.read(Map.of("postcode", List.of("Nantwich")), 10).query();

        assertThat(query.postcode()).isNull();
        assertThat(query.near()).isEqualTo("Nantwich");
    }

    @Test
    void valuesThatMakeNoSenseAreLeftOutAndNamed() {
        SearchParameters.Read read = SearchParameters.read(Map.of("age", List.of("ten"), "day", List.of("Funday"),
                "size", List.of("500"), "lat", List.of("53.1"), "sort", List.of("best")), 10);

        assertThat(read.problems()).containsExactlyInAnyOrder("age has the wrong format",
                "day must be MO, TU, WE, TH, FR, SA or SU", "size must be from 1 to 50", "lat and lon go together",
                "sort must be relevance, distance or name");
        assertThat(read.query().age()).isNull();
        assertThat(read.query().days()).isEmpty();
        assertThat(read.query().size()).isEqualTo(10);
        assertThat(read.query().latitude()).isNull();
    }
}
