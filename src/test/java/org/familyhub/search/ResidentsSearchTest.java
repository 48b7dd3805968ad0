package org.familyhub.search;

import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.search.SearchResults.Hit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Can I use this from my postcode?" (#18): services for the families of some localities (their service areas)
 * say whether a family searching from a postcode or a town may use them, and search can leave out the rest.
 */
@PortalTest
class ResidentsSearchTest {

    private static final UUID STAY_AND_PLAY_CONGLETON = UUID.fromString("967e5202-b7da-5f38-b8f0-794dc09ac830");
    private static final UUID STAY_AND_PLAY_MONKS = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    /** Its service area is the whole of Cheshire East. */
    private static final UUID HOLIDAY_ACTIVITIES = UUID.fromString("deef5443-61b5-59b1-a7ca-eb592d53ac2e");

    @Autowired
    SearchService search;

    @Test
    void fromACrewePostcodeAServiceForCongletonFamiliesSaysItIsNotTheirsAndOneForCreweOrEveryoneSaysItIs() {
        List<Hit> hits = find(SearchQuery.forText("stay and play").postcode("CW1 3AB"));

        assertThat(hit(hits, STAY_AND_PLAY_CONGLETON)).satisfies(congleton -> {
            assertThat(congleton.residentsOf()).containsExactly("congleton");
            assertThat(congleton.usable()).isFalse();
        });
        assertThat(hit(hits, STAY_AND_PLAY_MONKS)).satisfies(monks -> {
            assertThat(monks.residentsOf()).containsExactly("crewe-nantwich");
            assertThat(monks.usable()).isTrue();
        });
        assertThat(hit(find(SearchQuery.forText("holiday activities and food").postcode("CW1 3AB")),
                HOLIDAY_ACTIVITIES)).satisfies(everyone -> {
                    assertThat(everyone.residentsOf()).isEmpty();
                    assertThat(everyone.usable()).isTrue();
                });
    }

    @Test
    void onlyTheServicesAFamilyMayUseAreFoundWhenTheyAskAndNothingIsLeftOutWhereTheyLiveIsUnknown() {
        List<Hit> all = find(SearchQuery.forText("stay and play").postcode("CW1 3AB"));
        List<Hit> usable = find(SearchQuery.forText("stay and play").postcode("CW1 3AB").usableOnly(true));

        assertThat(usable).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(hit -> assertThat(hit.residentsOf().isEmpty() || hit.residentsOf().contains("crewe-nantwich"))
                        .as(hit.name()).isTrue())
                .extracting(Hit::id).contains(STAY_AND_PLAY_MONKS).doesNotContain(STAY_AND_PLAY_CONGLETON);
        assertThat(find(SearchQuery.forText("stay and play").near("Congleton").usableOnly(true))).extracting(Hit::id)
                .as("a town says where the family lives too").contains(STAY_AND_PLAY_CONGLETON)
                .doesNotContain(STAY_AND_PLAY_MONKS);

        // "Use my location" says where the family is, not where they live: nothing is left out or judged.
        List<Hit> located = find(SearchQuery.forText("stay and play").coordinates(53.1, -2.44).usableOnly(true));
        assertThat(located).extracting(Hit::id).contains(STAY_AND_PLAY_CONGLETON, STAY_AND_PLAY_MONKS);
        assertThat(hit(located, STAY_AND_PLAY_CONGLETON).usable()).isNull();
        assertThat(hit(find(SearchQuery.forText("stay and play")), STAY_AND_PLAY_CONGLETON).usable()).isNull();
    }

    private List<Hit> find(SearchQuery.Builder query) {
        return search.search(query.size(50).build()).hits();
    }

    private static Hit hit(List<Hit> hits, UUID id) {
        return hits.stream().filter(hit -> hit.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + id));
    }
}
