package org.familyhub.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.familyhub.PortalTest;
import org.familyhub.directory.PrintedEntries.Entry;
import org.familyhub.directory.PrintedEntries.Upcoming;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What a printed or e-mailed shortlist reads: each service with its next dated sessions, all read together. */
@PortalTest
class PrintedEntriesTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final UUID FAMILY_INFORMATION = UUID.fromString("5727125b-52ee-5305-b1ff-c59a1e5a1df7");
    private static final UUID HEALTH_VISITING_CREWE = UUID.fromString("a9ddc7cf-1a6e-57a3-ad96-92dcc3178b3c");

    @Autowired
    PrintedEntries printed;

    @Autowired
    EntityManager entities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTermTimeSessionsNextDatesJumpTheChristmasHolidays() {
        // Wednesday 2 December 2026; Stay and Play meets on Tuesdays in term time; the autumn term ends on the 18th
        Entry entry = printed.entries(List.of(MONKS_STAY_AND_PLAY), 3).getFirst();

        assertThat(entry.next()).extracting(Upcoming::date).containsExactly(LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 5));
        assertThat(entry.next()).allSatisfy(upcoming -> {
            assertThat(upcoming.opensAt()).isEqualTo(LocalTime.of(9, 30));
            assertThat(upcoming.closesAt()).isEqualTo(LocalTime.of(11, 0));
            assertThat(upcoming.venueName()).isEqualTo("Monks Coppenhall Children's Centre");
            assertThat(upcoming.termTimeOnly()).isTrue();
        });
        assertThat(entry.service().venues().getFirst().postcode()).isEqualTo("CW1 4RL");
        assertThat(entry.service().phones()).extracting(ServiceDetails.ContactPoint::number).contains("01270 000 010");
    }

    @Test
    void entriesKeepTheFamilysOrderAndLeaveOutWhatNoLongerExists() {
        List<Entry> entries = printed.entries(List.of(FAMILY_INFORMATION, UUID.randomUUID(), MONKS_STAY_AND_PLAY,
                FAMILY_INFORMATION), 3);

        assertThat(entries).extracting(entry -> entry.service().id()).containsExactly(FAMILY_INFORMATION,
                MONKS_STAY_AND_PLAY);
        assertThat(entries.getFirst().next()).as("an office with opening hours has no sessions to go to").isEmpty();
        assertThat(entries.getFirst().service().openingHours()).isNotEmpty();
        assertThat(printed.entries(List.of(), 3)).isEmpty();
    }

    @Test
    void aSessionThatEndedEarlierTodayIsNotNextAndSessionsAtSeveralVenuesMeetInDateOrder() {
        Session tuesdays = session("TU", false);
        Session thursdays = session("TH", false);
        List<Venue> venues = List.of(venue("Hall", tuesdays), venue("Library", thursdays));

        List<Upcoming> at1415 = PrintedEntries.next(venues, LocalDateTime.of(2026, 12, 1, 14, 15), TermDates.UNKNOWN, 3);
        List<Upcoming> at1015 = PrintedEntries.next(venues, LocalDateTime.of(2026, 12, 1, 10, 15), TermDates.UNKNOWN, 3);

        assertThat(at1415).extracting(Upcoming::date, Upcoming::venueName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 3), "Library"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 8), "Hall"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 10), "Library"));
        assertThat(at1015.getFirst().date()).as("still on at 10:15").isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void thirtyServicesAreReadInAboutAsManyStatementsAsThree() {
        List<UUID> thirty = jdbc.sql("select id from service where status = 'active' order by name limit 30")
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
        Statistics statistics = entities.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long three = statements(statistics, List.of(MONKS_STAY_AND_PLAY, FAMILY_INFORMATION, HEALTH_VISITING_CREWE));
            long many = statements(statistics, thirty);
            System.out.printf("Shortlist entries: %d statements for 3 services, %d for 30%n", three, many);
            assertThat(many).as("statements for 30 services").isLessThan(30).isLessThanOrEqualTo(three + 5);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long statements(Statistics statistics, List<UUID> ids) {
        statistics.clear();
        assertThat(printed.entries(ids, 3)).hasSize(ids.size());
        return statistics.getPrepareStatementCount();
    }

    private static Session session(String day, boolean termTimeOnly) {
        return new Session(null, "WEEKLY", 1, List.of(day), LocalTime.of(9, 30), LocalTime.of(11, 0),
                LocalDate.of(2026, 9, 1), null, null, termTimeOnly);
    }

    private static Venue venue(String name, Session session) {
        return new Venue(UUID.randomUUID(), name, List.of("1 High Street", "Crewe"), "CW1 1AA",
                new Place("Crewe", "Crewe and Nantwich"), null, null, null, List.of(), List.of(session));
    }
}
