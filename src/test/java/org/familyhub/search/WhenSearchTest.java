package org.familyhub.search;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Predicate;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.Timetable;
import org.familyhub.search.SearchQuery.When;
import org.familyhub.search.SearchResults.Hit;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "This week", "open now" and a date on the real index, with the test clock on Wednesday 2 December 2026 from 08:00
 * (#18). Stay and Play at Monks Coppenhall meets on Tuesdays 9:30 to 11:00 in term time only; the autumn term ends on
 * Friday 18 December, the spring half term is 15 to 19 February 2027.
 */
@PortalTest
class WhenSearchTest {

    static final UUID MONKS_STAY_AND_PLAY = ClosedServicesSearchTest.MONKS_STAY_AND_PLAY;
    private static final String MONKS_SESSION = "adbfac1f-fa81-5564-a0da-6c0cba85537d";

    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DirectoryChanges changes;
    @Autowired
    Timetable timetable;

    @BeforeEach
    void indexIsComplete() {
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
    }

    @AfterEach
    void putBackTheSession() {
        changes.reopen(MONKS_STAY_AND_PLAY);
        session("TU", LocalTime.of(9, 30), LocalTime.of(11, 0));
        awaitMonks(When.on(LocalDate.of(2026, 12, 15)), true);
    }

    @Test
    void thisWeekFindsNextTuesdaysTermTimeSessionAndADateFindsItInTermButNotInTheHolidays() {
        assertThat(monksFound(When.THIS_WEEK)).isTrue();
        assertThat(monksFound(When.on(LocalDate.of(2026, 12, 15)))).isTrue();
        // the Christmas holidays: Tuesdays 22 and 29 December are not term time
        assertThat(monksFound(When.on(LocalDate.of(2026, 12, 22)))).isFalse();
        assertThat(monksFound(When.between(LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 4)))).isFalse();
        // the spring half term, and the week before it
        assertThat(monksFound(When.between(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19)))).isFalse();
        assertThat(monksFound(When.between(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 12)))).isTrue();
        // a Wednesday: nothing that day
        assertThat(monksFound(When.on(LocalDate.of(2026, 12, 9)))).isFalse();
    }

    @Test
    void aSessionThatHasEndedTodayIsNotThisWeeksButOneUnderWayIs() {
        // Wednesdays 6:00 to 7:30: this morning's is over at 8:00 and next Wednesday is beyond the week
        session("WE", LocalTime.of(6, 0), LocalTime.of(7, 30));
        awaitMonks(When.on(LocalDate.of(2026, 12, 9)), true);
        assertThat(monksFound(When.THIS_WEEK)).isFalse();
        assertThat(monksFound(When.OPEN_NOW)).isFalse();

        // Wednesdays 7:00 to 12:59: under way, so this week's, and open now
        session("WE", LocalTime.of(7, 0), LocalTime.of(12, 59));
        awaitMonks(When.THIS_WEEK, true);
        assertThat(monksFound(When.OPEN_NOW)).isTrue();
    }

    @Test
    void openingHoursCountForOpenNowButAreNotSomethingOnThisWeek() {
        // Wednesdays 7:00 to 19:00: twelve hours are an office's opening hours, not a session to go to
        session("WE", LocalTime.of(7, 0), LocalTime.of(19, 0));
        awaitMonks(When.OPEN_NOW, true);
        assertThat(monksFound(When.THIS_WEEK)).isFalse();
        assertThat(monksFound(When.on(LocalDate.of(2026, 12, 9)))).isFalse();
    }

    @Test
    void aClosureStartingLaterKeepsThisWeeksSessionsAndDropsTheClosedDays() {
        changes.closeTemporarily(MONKS_STAY_AND_PLAY, LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 3),
                "Closed while the hall roof is repaired.", null);
        awaitMonks(When.on(LocalDate.of(2026, 12, 15)), false);
        assertThat(monksFound(When.THIS_WEEK)).isTrue();
        assertThat(monksFound(When.on(LocalDate.of(2027, 1, 5)))).isTrue();
        // "on this week" on the home page keeps Tuesday 8 December's session too
        assertThat(timetable.thisWeek(10_000)).anySatisfy(o -> {
            assertThat(o.serviceId()).isEqualTo(MONKS_STAY_AND_PLAY);
            assertThat(o.date()).isEqualTo(LocalDate.of(2026, 12, 8));
        });
    }

    @Test
    void theDailyRollRewritesOnlyTheMeetingsOfADocument() {
        // the session moves to Wednesdays behind the index's back; only the roll's partial write tells search
        jdbc.sql("update schedule set byday = 'WE' where id = ?").param(MONKS_SESSION).update();
        assertThat(monksFound(When.on(LocalDate.of(2026, 12, 9)))).isFalse();
        index.updateMeetings(java.util.Set.of(MONKS_STAY_AND_PLAY));
        index.refresh();
        assertThat(monksFound(When.on(LocalDate.of(2026, 12, 9)))).isTrue();
        assertThat(monksFound(When.on(LocalDate.of(2026, 12, 15)))).isFalse();
        // the rest of the document is as it was: still found by its words
        assertThat(search.search(SearchQuery.forText("stay and play monks coppenhall").build()).hits().getFirst().id())
                .isEqualTo(MONKS_STAY_AND_PLAY);
    }

    /** Changes the session's day and times as an editor would, and lets the outbox carry it to the index. */
    private void session(String day, LocalTime opens, LocalTime closes) {
        jdbc.sql("update schedule set byday = ?, opens_at = ?, closes_at = ? where id = ?")
                .params(day, opens, closes, MONKS_SESSION).update();
        changes.publishedWithServiceChanged(MONKS_STAY_AND_PLAY);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
    }

    private void awaitMonks(When when, boolean found) {
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(60), () -> monksFound(when) == found);
    }

    private boolean monksFound(When when) {
        Predicate<Hit> monks = hit -> hit.id().equals(MONKS_STAY_AND_PLAY);
        return search.search(SearchQuery.forText("").town("Crewe").category("stay-and-play").size(50).when(when)
                .build()).hits().stream().anyMatch(monks);
    }
}
