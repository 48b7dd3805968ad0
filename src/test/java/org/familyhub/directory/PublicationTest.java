package org.familyhub.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scheduled visibility (#18): a listing held back until its first listed day and taken down after its last, by
 * {@link DatedChanges} through the outbox, with the portal clock fixed at Wednesday 2 December 2026.
 */
@PortalTest
class PublicationTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Autowired
    DirectoryChanges changes;
    @Autowired
    DatedChanges dated;
    @Autowired
    Directory directory;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void listAgain() {
        changes.schedulePublication(MONKS_STAY_AND_PLAY, null, null);
        settle();
    }

    @Test
    void aListingWithAFirstDayAheadIsHeldBackAndListedOnThatDayByItself() {
        changes.schedulePublication(MONKS_STAY_AND_PLAY, LocalDate.of(2027, 1, 4), null);
        settle();

        assertThat(publication()).isEqualTo(new Publication("Stay and Play at Monks Coppenhall", "inactive",
                LocalDate.of(2027, 1, 4), null));
        assertThat(foundInCrewe()).as("held back now").isFalse();

        assertThat(dated.publishDue(LocalDate.of(2027, 1, 3))).as("the day before").isZero();
        assertThat(dated.publishDue(LocalDate.of(2027, 1, 4))).isEqualTo(1);
        settle();

        assertThat(publication().status()).isEqualTo("active");
        assertThat(publication().from()).as("the date has done its work").isNull();
        assertThat(foundInCrewe()).isTrue();
    }

    @Test
    void aListingIsShownOnItsLastDayAndTakenDownTheDayAfter() {
        changes.schedulePublication(MONKS_STAY_AND_PLAY, null, LocalDate.of(2026, 12, 20));
        settle();
        assertThat(publication().status()).isEqualTo("active");
        assertThat(foundInCrewe()).isTrue();

        assertThat(dated.withdrawEnded(LocalDate.of(2026, 12, 20))).as("its last day").isZero();
        assertThat(dated.withdrawEnded(LocalDate.of(2026, 12, 21))).isEqualTo(1);
        settle();

        assertThat(publication()).isEqualTo(new Publication("Stay and Play at Monks Coppenhall", "inactive", null,
                null));
        assertThat(foundInCrewe()).isFalse();
        assertThat(dated.publishDue(LocalDate.of(2026, 12, 22))).as("never listed again by an old date").isZero();
    }

    @Test
    void aFirstDayThatHasComeListsAHeldBackServiceAtOnce() {
        changes.schedulePublication(MONKS_STAY_AND_PLAY, LocalDate.of(2027, 1, 4), null);
        changes.schedulePublication(MONKS_STAY_AND_PLAY, TODAY, null);
        settle();

        assertThat(publication()).isEqualTo(new Publication("Stay and Play at Monks Coppenhall", "active", null,
                null));
        assertThat(foundInCrewe()).isTrue();
    }

    @Test
    void wrongDaysAreRefusedTogetherAndChangeNothing() {
        assertRefused(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 31),
                "Listed until: the last day listed must be on or after the first day listed.");
        assertRefused(null, LocalDate.of(2026, 12, 1),
                "Listed until: that day has passed; leave it empty to keep the service listed.");
        assertRefused(LocalDate.of(2028, 1, 1), null, "Listed from: at most a year ahead.");

        changes.changeStatus(MONKS_STAY_AND_PLAY, "defunct");
        assertRefused(LocalDate.of(2027, 1, 4), null,
                "This service has closed for good; it cannot be listed again on a date.");
        assertThat(publication().status()).isEqualTo("defunct");
        changes.changeStatus(MONKS_STAY_AND_PLAY, "active");
    }

    private void assertRefused(LocalDate from, LocalDate until, String problem) {
        assertThatThrownBy(() -> changes.schedulePublication(MONKS_STAY_AND_PLAY, from, until))
                .isInstanceOfSatisfying(InvalidListingException.class,
                        refused -> assertThat(refused.problems()).contains(problem));
        assertThat(publication().from()).isNull();
        assertThat(publication().until()).isNull();
    }

    private Publication publication() {
        return directory.publication(MONKS_STAY_AND_PLAY).orElseThrow();
    }

    private void settle() {
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        index.refresh();
    }

    private boolean foundInCrewe() {
        return search.search(SearchQuery.forText("").town("Crewe").category("stay-and-play").size(50).build())
                .hits().stream().anyMatch(hit -> hit.id().equals(MONKS_STAY_AND_PLAY));
    }
}
