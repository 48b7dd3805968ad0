package org.familyhub.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.search.SearchResults.Hit;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A temporarily closed service stays findable with its closure, below the open ones (#18). */
@PortalTest
class ClosedServicesSearchTest {

    static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    static final UUID UNDERWOOD_STAY_AND_PLAY = UUID.fromString("0af23689-886f-58ad-81b5-dace6d819271");
    static final UUID BOLLINGTON_STAY_AND_PLAY = UUID.fromString("e8dda400-50f8-5c2b-8df1-49efd02241bc");
    static final LocalDate THIRD_OF_JANUARY = LocalDate.of(2027, 1, 3);

    @Autowired
    DirectoryChanges changes;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexIsComplete() {
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
    }

    @AfterEach
    void reopen() {
        changes.reopen(MONKS_STAY_AND_PLAY);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(60), () -> monksInCrewe().closure() == null);
    }

    @Test
    void aClosedServiceIsFoundWithItsClosureBelowTheOpenOnesThatMatchAsWell() {
        assertThat(crewe().hits()).extracting(Hit::id).contains(MONKS_STAY_AND_PLAY).last()
                .isNotEqualTo(MONKS_STAY_AND_PLAY);

        changes.closeTemporarily(MONKS_STAY_AND_PLAY, null, THIRD_OF_JANUARY,
                "Closed while the hall roof is repaired.", UNDERWOOD_STAY_AND_PLAY);
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(60), () -> monksInCrewe().closure() != null);

        // Without words every stay and play in Crewe matches as well as the next: the closed one comes last.
        List<Hit> hits = crewe().hits();
        assertThat(hits.getLast().id()).isEqualTo(MONKS_STAY_AND_PLAY);
        assertThat(hits.subList(0, hits.size() - 1)).allSatisfy(hit -> assertThat(hit.closure()).isNull());
        Hit closed = hits.getLast();
        assertThat(closed.closure().until()).isEqualTo(THIRD_OF_JANUARY);
        assertThat(closed.closure().notice()).isEqualTo("Closed while the hall roof is repaired.");
        assertThat(closed.closure().alternativeId()).isEqualTo(UNDERWOOD_STAY_AND_PLAY);
        assertThat(closed.closure().alternativeName()).isEqualTo("Stay and Play at Underwood West");

        // Its regulars typing its name still find it first.
        assertThat(search.search(SearchQuery.forText("stay and play monks coppenhall").build()).hits().getFirst().id())
                .isEqualTo(MONKS_STAY_AND_PLAY);
        // A closure from the content (no dates: until further notice) is found too, marked closed.
        assertThat(search.search(SearchQuery.forText("stay and play bollington").build()).hits())
                .filteredOn(hit -> hit.id().equals(BOLLINGTON_STAY_AND_PLAY)).singleElement()
                .satisfies(hit -> assertThat(hit.closure()).isNotNull());
    }

    @Test
    void badClosuresAreRefusedWithClearMessagesAndChangeNothing() {
        assertThatThrownBy(() -> changes.closeTemporarily(MONKS_STAY_AND_PLAY, LocalDate.of(2027, 1, 10),
                THIRD_OF_JANUARY, "Closed.", null))
                .isInstanceOfSatisfying(InvalidListingException.class, refused -> assertThat(refused.problems())
                        .containsExactly("Closed until: the last day closed must be on or after the first day closed."));
        assertThatThrownBy(() -> changes.closeTemporarily(MONKS_STAY_AND_PLAY, null, LocalDate.of(2026, 12, 1),
                null, UUID.fromString("00000000-0000-0000-0000-000000000001")))
                .isInstanceOfSatisfying(InvalidListingException.class, refused -> assertThat(refused.problems())
                        .containsExactly("Closed until: that day has passed; leave it empty if the service is closed"
                                + " until further notice.", "Go instead to: no such service in the directory."));
        assertThatThrownBy(() -> changes.closeTemporarily(MONKS_STAY_AND_PLAY, null, null, null,
                BOLLINGTON_STAY_AND_PLAY))
                .isInstanceOfSatisfying(InvalidListingException.class, refused -> assertThat(refused.problems())
                        .containsExactly("Go instead to: Stay and Play at Bollington is not open itself."));
        assertThatThrownBy(() -> changes.closeTemporarily(MONKS_STAY_AND_PLAY, null, null, "x".repeat(501), null))
                .isInstanceOfSatisfying(InvalidListingException.class, refused -> assertThat(refused.problems())
                        .containsExactly("Notice: at most 500 characters (it has 501)."));

        java.util.Map<String, Object> row = jdbc.sql("select status, closed_from, closed_until, closure_notice,"
                + " alternative_service_id from service where id = ?").param(MONKS_STAY_AND_PLAY.toString())
                .query().singleRow();
        assertThat(row.get("status")).isEqualTo("active");
        assertThat(java.util.Arrays.asList(row.get("closed_from"), row.get("closed_until"), row.get("closure_notice"),
                row.get("alternative_service_id"))).containsOnlyNulls();
    }

    private SearchResults crewe() {
        return search.search(SearchQuery.forText("").town("Crewe").category("stay-and-play").size(50).build());
    }

    private Hit monksInCrewe() {
        return crewe().hits().stream().filter(hit -> hit.id().equals(MONKS_STAY_AND_PLAY)).findFirst().orElseThrow();
    }
}
