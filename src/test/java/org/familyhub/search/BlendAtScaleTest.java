package org.familyhub.search;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.directory.Place;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance order at a size where a broad need matches far more services than the blend weighs (its best
 * {@value ServiceSearchRequest#BLEND_WINDOW} by the words): the sample, eight times over. A place named in the words
 * must choose which of the matches are weighed, not only reorder those the words alone chose.
 */
@PortalTest
class BlendAtScaleTest {

    private static final int TIMES = 8;

    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    private int sample;

    @BeforeEach
    void grow() {
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
        sample = jdbc.sql("select count(*) from service").query(Integer.class).single();
        SyntheticDirectory.growTo(jdbc, sample * TIMES);
        announce(SyntheticDirectory.copies(jdbc));
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
    }

    @AfterEach
    void shrink() {
        List<UUID> copies = SyntheticDirectory.copies(jdbc);
        SyntheticDirectory.shrinkToSample(jdbc);
        announce(copies);
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
    }

    @Test
    void aPlaceNamedWithABroadNeedBringsThatPlacesMatchesFirstHoweverManyMatchElsewhere() {
        assertThat(search.search(SearchQuery.forText("stay and play").size(1).build()).total())
                .as("the sample's matches, %d times over", TIMES).isGreaterThan(2L * ServiceSearchRequest.BLEND_WINDOW);

        // The sample has one stay and play in Wilmslow and one in Poynton; here there are eight of each, among 184.
        // The best 50 by the words alone held one of them (4 December 2026): the rest came from the towns around.
        assertThat(townsOfTheFirst(TIMES, "free stay and play in Wilmslow")).containsOnly("Wilmslow");
        assertThat(townsOfTheFirst(TIMES, "stay and play for my 2 year old in poynton")).containsOnly("Poynton");
    }

    private List<String> townsOfTheFirst(int size, String words) {
        return search.search(SearchQuery.forText(words).size(size).build()).hits().stream()
                .flatMap(hit -> hit.places().stream()).map(Place::town).toList();
    }

    /** What an import does after writing services: the outbox then tells the index. */
    private void announce(List<UUID> ids) {
        transaction.executeWithoutResult(status -> events.publishEvent(new ServicesChanged(Set.copyOf(ids))));
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(180));
    }
}
