package org.familyhub.search;

import java.util.List;

import org.familyhub.directory.Town;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A town named in the words is taken out of them with the small word before it, which no listing needs to share. */
class PlaceInQueryTest {

    private final PlaceInQuery places = new PlaceInQuery(List.of(
            new Town("Sandbach", "congleton", "Congleton", 53.14, -2.36),
            new Town("Crewe", "crewe-nantwich", "Crewe and Nantwich", 53.1, -2.44),
            new Town("Macclesfield", "macclesfield", "Macclesfield", 53.26, -2.13),
            new Town("Rainow", "macclesfield", "Macclesfield", 53.28, -2.08)),
            java.util.Set.of("rainbow", "sandwich", "crew")::contains, ServiceIndex.equivalentSynonyms());

    @Test
    void theWordBeforeTheTownGoesWithIt() {
        // "to" was left behind as a word to match.
        assertThat(places.understand("wheres the nearest food bank to sandbach").remainingText())
                .isEqualTo("wheres the nearest food bank");
        assertThat(places.understand("toddler group in Crewe").remainingText()).isEqualTo("toddler group");
        assertThat(places.understand("how far is it from crewe").remainingText()).isEqualTo("how far is it");
    }

    @Test
    void aTownNamedWithASlipIsRecognised() {
        // "playgroup macclesfeld" found three services, none of them a playgroup.
        PlaceInQuery.Understood misspelt = places.understand("playgroup near macclesfeld");
        assertThat(misspelt.remainingText()).isEqualTo("playgroup");
        assertThat(misspelt.place()).hasValueSatisfying(place -> {
            assertThat(place.town()).isEqualTo("Macclesfield");
            assertThat(place.around()).isTrue();
        });
        assertThat(places.understand("toddler group sandbatch").place()).hasValueSatisfying(place ->
                assertThat(place.town()).isEqualTo("Sandbach"));
        // Words meant as typed, and short names, are not places: Rainbow Pre-School is not in Rainow.
        assertThat(places.understand("rainbow pre-school").place()).isEmpty();
        assertThat(places.understand("sandwich making").place()).isEmpty();
        assertThat(places.understand("crew cuts").place()).isEmpty();
        assertThat(places.understand("crewee toddlers").place()).isEmpty();
    }

    @Test
    void aTownsOtherNameInTheSynonymListIsTheTown() {
        // "youth club macc" ignored the place and listed Middlewich's youth club first.
        PlaceInQuery.Understood macc = places.understand("youth club macc");
        assertThat(macc.remainingText()).isEqualTo("youth club");
        assertThat(macc.place()).hasValueSatisfying(place -> assertThat(place.town()).isEqualTo("Macclesfield"));
        assertThat(places.understand("macaroni cheese").place()).isEmpty();
    }

    @Test
    void closeToATownIsTheAreaAroundIt() {
        assertThat(places.understand("baby groups close to  Sandbach").place()).hasValueSatisfying(place ->
                assertThat(place.around()).isTrue());
        assertThat(places.understand("baby groups near Sandbach").place()).hasValueSatisfying(place ->
                assertThat(place.around()).isTrue());
        assertThat(places.understand("baby groups to Sandbach").place()).hasValueSatisfying(place ->
                assertThat(place.around()).isFalse());
        assertThat(places.understand("baby groups in Sandbach").place()).hasValueSatisfying(place ->
                assertThat(place.town()).isEqualTo("Sandbach"));
    }
}
