package org.familyhub.search;

import org.familyhub.shared.KeptWhenFound;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names found empty (a search while the portal still loads its content) are read again, not kept. */
class KeptWhenFoundTest {

    @Test
    void nothingFoundIsReadAgainAndSomethingFoundIsKeptUntilForgotten() {
        Deque<List<String>> directory = new ArrayDeque<>(List.of(List.of(), List.of("Crewe"), List.of("Crewe", "Sandbach")));
        KeptWhenFound<List<String>> towns = new KeptWhenFound<>(directory::removeFirst, List::isEmpty);

        assertThat(towns.get()).isEmpty();
        assertThat(towns.get()).containsExactly("Crewe");
        assertThat(towns.get()).containsExactly("Crewe");
        assertThat(directory).hasSize(1);

        towns.forget();
        assertThat(towns.get()).containsExactly("Crewe", "Sandbach");
    }

    @Test
    void aSearchBeforeTheTownsAreLoadedLeavesLaterSearchesTheirPlaces() {
        Deque<List<org.familyhub.directory.Town>> towns = new ArrayDeque<>(List.of(List.of(),
                List.of(new org.familyhub.directory.Town("Crewe", "crewe-nantwich", "Crewe and Nantwich", 53.1, -2.44))));
        KeptWhenFound<PlaceInQuery> places = new KeptWhenFound<>(
                () -> new PlaceInQuery(towns.removeFirst(), word -> false, List.of()),
                PlaceInQuery::knowsNoPlace);

        assertThat(places.get().understand("stay and play in Crewe").place()).isEmpty();
        assertThat(places.get().understand("stay and play in Crewe").place()).isPresent();
        assertThat(places.get().understand("toddler group Crewe").remainingText()).isEqualTo("toddler group");
    }
}
