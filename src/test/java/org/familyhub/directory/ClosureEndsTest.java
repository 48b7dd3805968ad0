package org.familyhub.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchResults.Hit;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closure ends by itself: shown open from the day after its last day (decided on the day, by the portal clock
 * fixed at Wednesday 2 December 2026), and set back to active by {@link DatedChanges} through the outbox (#18).
 */
@PortalTest
class ClosureEndsTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    DatedChanges ends;
    @Autowired
    DirectoryChanges changes;
    @Autowired
    Directory directory;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void reopen() {
        changes.reopen(MONKS_STAY_AND_PLAY);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
    }

    @Test
    void aClosureHoldsOnItsLastDayAndEndsTheDayAfterWithoutAnyoneEditingIt() {
        changes.closeTemporarily(MONKS_STAY_AND_PLAY, null, LocalDate.of(2026, 12, 10), "Closed for a week.", null);

        assertThat(ends.reopenEnded(LocalDate.of(2026, 12, 10))).as("its last day").isZero();
        assertThat(details().closure()).isNotNull();

        assertThat(ends.reopenEnded(LocalDate.of(2026, 12, 11))).isEqualTo(1);
        assertThat(details().status()).isEqualTo("active");
        assertThat(details().closure()).isNull();
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        index.refresh();
        assertThat(monksInCrewe().closure()).isNull();
        assertThat(jdbc.sql("select count(*) from service where id = ? and closed_until is null"
                + " and closure_notice is null").param(MONKS_STAY_AND_PLAY.toString()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aClosureWhoseLastDayWasYesterdayShowsOpenBeforeTheJobRunsAndTheJobThenReopensIt() {
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 2));
        // As the database holds it on the morning after the last day, before the job has run.
        jdbc.sql("update service set status = 'temporarily closed', closed_until = '2026-12-01',"
                + " closure_notice = 'Closed for a day.' where id = ?").param(MONKS_STAY_AND_PLAY.toString()).update();
        changes.publishedWithServiceChanged(MONKS_STAY_AND_PLAY);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        index.refresh();

        assertThat(details().closure()).isNotNull()
                .satisfies(closure -> assertThat(closure.closedOn(LocalDate.now(clock))).isFalse());
        assertThat(monksInCrewe().closure()).as("the index keeps the days, not a flag").isNull();

        ends.scheduled();

        assertThat(details().status()).isEqualTo("active");
    }

    private ServiceDetails details() {
        return directory.service(MONKS_STAY_AND_PLAY).orElseThrow();
    }

    private Hit monksInCrewe() {
        return search.search(SearchQuery.forText("").town("Crewe").category("stay-and-play").size(50).build()).hits().stream()
                .filter(hit -> hit.id().equals(MONKS_STAY_AND_PLAY)).findFirst().orElseThrow();
    }
}
