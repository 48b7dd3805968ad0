package org.familyhub.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.directory.domain.ServiceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "On this week" is read from the table of upcoming sessions; it must say exactly what working out every
 * service's recurrence said, and follow changes once the outbox has delivered them.
 */
@PortalTest
class UpcomingSessionsTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final UUID MONKS_CENTRE = UUID.fromString("028183d8-1331-5374-8f0e-e38531737e61");
    private static final int ALL = 10_000;

    @Autowired
    Timetable timetable;
    @Autowired
    Directory directory;
    @Autowired
    Venues venues;
    @Autowired
    DirectoryChanges changes;
    @Autowired
    UpcomingSessions upcoming;
    @Autowired
    ServiceRepository services;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SchoolTerms schoolTerms;
    @Autowired
    ServiceCounts counts;

    @Test
    void theWeekFromTheTableIsWhatWorkingOutEveryServiceGave() {
        awaitOutbox();
        List<Occurrence> before = oldThisWeek(null);
        List<Occurrence> table = timetable.thisWeek(ALL);

        assertThat(before).hasSizeGreaterThan(20);
        assertThat(keys(table)).containsExactlyInAnyOrderElementsOf(keys(before));
        assertThat(table).isSortedAccordingTo(SOONEST);
        assertThat(timetable.thisWeek(6)).hasSize(6).isEqualTo(table.subList(0, 6));
        for (LocalitySummary locality : directory.localities()) {
            assertThat(keys(timetable.thisWeekIn(locality.code(), ALL)))
                    .containsExactlyInAnyOrderElementsOf(keys(oldThisWeek(locality.name())));
        }
    }

    @Test
    void aVenuesWeekIsWhatItsSessionsGiveDayByDay() {
        awaitOutbox();
        LocalDate today = timetable.today();
        TermDates terms = schoolTerms.termDates();
        List<String> expected = transaction.execute(status -> services.findPublished().stream()
                .map(service -> ServiceMapping.details(service, clock, null))
                .flatMap(details -> details.venues().stream().filter(v -> v.id().equals(MONKS_CENTRE))
                        .flatMap(venue -> venue.sessions().stream().flatMap(session -> Stream.iterate(today,
                                d -> d.plusDays(1)).limit(7).filter(d -> SessionDates.runsOn(session, d, terms))
                                .map(d -> d + " " + details.id() + " " + session.opensAt()))))
                .toList());

        List<String> week = timetable.weekAt(MONKS_CENTRE, ALL).stream().flatMap(day -> day.sessions().stream()
                .map(o -> day.date() + " " + o.serviceId() + " " + o.opensAt())).toList();

        assertThat(expected).isNotEmpty();
        assertThat(week).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(timetable.weekAt(MONKS_CENTRE, 1)).allSatisfy(day -> {
            assertThat(day.sessions()).hasSize(1);
            assertThat(day.more()).isEqualTo(expected.stream().filter(e -> e.startsWith(day.date().toString()))
                    .count() - 1);
            assertThat(day.orMore()).isFalse();
        });
    }

    @Test
    void aVenuesDayIsCountedOnlyUpToAHundredSessionsAndThenSaysAtLeast() {
        awaitOutbox();
        LocalDate tomorrow = timetable.today().plusDays(1);
        Map<String, Object> there = jdbc.sql("select service_id, locality_id from upcoming_session where venue_id = ?"
                + " limit 1").param(MONKS_CENTRE.toString()).query().singleRow();
        try {
            // What a venue with hundreds of services meeting there holds: late sessions, after the real ones
            for (int i = 0; i < 150; i++) {
                jdbc.sql("""
                        insert into upcoming_session (schedule_id, on_date, service_id, venue_id, locality_id, opens_at,
                          closes_at, ends_at, service_name) values (?, ?, ?, ?, ?, '23:00', '23:30', '23:30', 'Late')""")
                        .params(UUID.randomUUID().toString(), tomorrow, there.get("service_id").toString(),
                                MONKS_CENTRE.toString(), there.get("locality_id").toString())
                        .update();
            }
            Timetable.Day busy = timetable.weekAt(MONKS_CENTRE, 1).stream().filter(d -> d.date().equals(tomorrow))
                    .findFirst().orElseThrow();

            assertThat(busy.sessions()).hasSize(1).noneMatch(session -> "Late".equals(session.serviceName()));
            assertThat(busy.orMore()).isTrue();
            assertThat(busy.more()).isEqualTo(Timetable.COUNTED - 1);
        } finally {
            jdbc.sql("delete from upcoming_session where service_name = 'Late' and venue_id = ?")
                    .param(MONKS_CENTRE.toString()).update();
        }
    }

    @Test
    void closingAServiceKeepsItListedButTakesItOutOfTheWeekAndReopeningPutsItBack() {
        awaitOutbox();
        long crewe = directory.locality("crewe-nantwich").orElseThrow().serviceCount();
        Map<String, Long> categories = categoryCounts();
        assertThat(services(timetable.thisWeekIn("crewe-nantwich", ALL))).contains(MONKS_STAY_AND_PLAY);

        changes.changeStatus(MONKS_STAY_AND_PLAY, "temporarily closed");
        try {
            awaitOutbox();
            // Its regulars still find it on its centre's and locality's pages, marked closed (#18).
            assertThat(directory.locality("crewe-nantwich").orElseThrow().serviceCount()).isEqualTo(crewe);
            assertThat(directory.localities()).filteredOn(l -> l.code().equals("crewe-nantwich"))
                    .singleElement().extracting(LocalitySummary::serviceCount).isEqualTo(crewe);
            assertThat(categoryCounts()).isEqualTo(categories);
            assertThat(directory.servicesInLocality("crewe-nantwich", 1, ALL).services())
                    .filteredOn(card -> card.id().equals(MONKS_STAY_AND_PLAY)).singleElement()
                    .satisfies(card -> assertThat(card.closure()).isNotNull());
            assertThat(venues.servicesAt(MONKS_CENTRE, 1, ALL).services()).extracting(ServiceCard::id)
                    .contains(MONKS_STAY_AND_PLAY);
            assertThat(services(timetable.thisWeekIn("crewe-nantwich", ALL))).doesNotContain(MONKS_STAY_AND_PLAY);
            assertThat(services(timetable.thisWeek(ALL))).doesNotContain(MONKS_STAY_AND_PLAY);
        } finally {
            changes.changeStatus(MONKS_STAY_AND_PLAY, "active");
            awaitOutbox();
        }
        assertThat(directory.locality("crewe-nantwich").orElseThrow().serviceCount()).isEqualTo(crewe);
        assertThat(categoryCounts()).isEqualTo(categories);
        assertThat(directory.servicesInLocality("crewe-nantwich", 1, ALL).services()).extracting(ServiceCard::id)
                .contains(MONKS_STAY_AND_PLAY);
        assertThat(services(timetable.thisWeekIn("crewe-nantwich", ALL))).contains(MONKS_STAY_AND_PLAY);
    }

    @Test
    void aTableLeftBehindIsRolledForwardToTodayAndFilledAgain() {
        awaitOutbox();
        List<String> current = keys(timetable.thisWeek(ALL));
        LocalDate today = timetable.today();
        jdbc.sql("update upcoming_window set first_day = ?, last_day = ?").params(today.minusDays(3),
                today.plusDays(4)).update();
        jdbc.sql("delete from upcoming_session where on_date >= ?").param(today.plusDays(2)).update();
        // A new turn of the job: any earlier turn's minimum hold on the cluster lock is over.
        jdbc.sql("update shedlock set lock_until = current_timestamp(3) where name = 'directory-upcoming-sessions-roll'")
                .update();

        upcoming.rollForward();

        assertThat(upcoming.window()).contains(UpcomingSessions.Window.from(today));
        assertThat(keys(timetable.thisWeek(ALL))).containsExactlyInAnyOrderElementsOf(current);
        assertThat(jdbc.sql("select count(*) from upcoming_session where on_date < ?").param(today)
                .query(Long.class).single()).isZero();
        upcoming.rollForward();
        assertThat(keys(timetable.thisWeek(ALL))).containsExactlyInAnyOrderElementsOf(current);
    }

    @Test
    void aWeekOverTheChristmasHolidaysHoldsNoTermTimeSessionButEveryOtherSession() {
        awaitOutbox();
        List<UUID> all = jdbc.sql("select id from service").query((rs, n) -> UUID.fromString(rs.getString(1))).list();
        // Monday 14 to Monday 21 December 2026: the autumn term ends on Friday 18 December
        UpcomingSessions.Window christmas = new UpcomingSessions.Window(LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 21));
        UpcomingSessions.Window current = upcoming.window().orElseThrow();
        try {
            upcoming.refill(all, christmas);

            assertThat(rows(true, "2026-12-14", "2026-12-18")).as("term-time sessions in the last week of term")
                    .isGreaterThan(10);
            assertThat(rows(true, "2026-12-19", "2026-12-21")).as("term-time sessions in the holidays").isZero();
            assertThat(rows(false, "2026-12-21", "2026-12-21")).as("other sessions on the first Monday of the holidays")
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from upcoming_session where schedule_id = ? and on_date = ?")
                    .params("adbfac1f-fa81-5564-a0da-6c0cba85537d", LocalDate.of(2026, 12, 15)).query(Long.class)
                    .single()).as("Monks Coppenhall stay and play on Tuesday 15 December").isOne();
        } finally {
            upcoming.refill(all, current);
        }
    }

    private long rows(boolean termTimeOnly, String from, String to) {
        return jdbc.sql("""
                select count(*) from upcoming_session u join schedule s on s.id = u.schedule_id
                where s.term_time_only = ? and u.on_date between ? and ?""")
                .params(termTimeOnly, LocalDate.parse(from), LocalDate.parse(to)).query(Long.class).single();
    }

    @Test
    void aServiceWithdrawnAndReinstatedMovesItsListsCountsByWhatTheTableHolds() {
        awaitOutbox();
        long crewe = directory.locality("crewe-nantwich").orElseThrow().serviceCount();
        changes.changeStatus(MONKS_STAY_AND_PLAY, "inactive");
        try {
            awaitOutbox();
            // The counts move by the entries the change removed, without counting every list again.
            assertThat(directory.locality("crewe-nantwich").orElseThrow().serviceCount()).isEqualTo(crewe - 1);
            assertThat(counts.current().byList()).isEqualTo(countedInFull());
        } finally {
            changes.changeStatus(MONKS_STAY_AND_PLAY, "active");
            awaitOutbox();
        }
        assertThat(directory.locality("crewe-nantwich").orElseThrow().serviceCount()).isEqualTo(crewe);
        assertThat(counts.current().byList()).isEqualTo(countedInFull());
    }

    private Map<UUID, Long> countedInFull() {
        return transaction.execute(status -> services.countListed().stream().collect(
                Collectors.toMap(ServiceRepository.ListCount::getListId,
                        ServiceRepository.ListCount::getServices)));
    }

    @Test
    void theListsCountWhatLoadingEveryRowGave() {
        awaitOutbox();
        // The lists hold the active services and the temporarily closed ones, marked so (#18): counted here from
        // the directory's own tables, with the conditions the whole lists use.
        for (LocalitySummary locality : directory.localities()) {
            assertThat(locality.serviceCount()).as(locality.code()).isEqualTo(directory.servicesInLocality(
                    locality.code()).size() + closed(ServiceRepository.AT_OR_COVERING_LOCALITY, "locality",
                    "select id from locality where code = ?", locality.code()));
        }
        for (CategorySummary category : directory.categories()) {
            assertThat(category.serviceCount()).as(category.code()).isEqualTo(directory.servicesInCategory(
                    category.code()).size() + closed(ServiceRepository.CLASSIFIED_WITH_TERM, "term",
                    "select t.id from taxonomy_term t join taxonomy y on y.id = t.taxonomy_id"
                            + " where y.name = 'category' and t.code = ?", category.code()));
        }
        assertThat(venues.servicesAt(MONKS_CENTRE, 1, ALL).total()).isEqualTo(jdbc.sql("""
                select count(distinct s.id) from service s join service_at_location sal on sal.service_id = s.id
                where sal.location_id = ? and s.status = 'active'""").param(MONKS_CENTRE.toString())
                .query(Long.class).single()).isPositive();
    }

    private long closed(String condition, String parameter, String listId, String code) {
        String list = jdbc.sql(listId).param(code).query(String.class).single();
        return jdbc.sql("select count(*) from service s where s.status = 'temporarily closed' and " + condition)
                .param(parameter, list).query(Long.class).single();
    }

    private Map<String, Long> categoryCounts() {
        return directory.categories().stream()
                .collect(Collectors.toMap(CategorySummary::code, CategorySummary::serviceCount));
    }

    private static final Comparator<Occurrence> SOONEST = Comparator.comparing(Occurrence::date)
            .thenComparing(o -> o.opensAt() == null ? LocalTime.MIDNIGHT : o.opensAt())
            .thenComparing(Occurrence::serviceName);

    /** The computation the table replaced, kept here to prove the table says the same. */
    private List<Occurrence> oldThisWeek(String localityName) {
        LocalDateTime now = timetable.now();
        TermDates terms = schoolTerms.termDates();
        return transaction.execute(status -> services.findPublished().stream()
                .map(service -> ServiceMapping.details(service, clock, null))
                .flatMap(details -> details.venues().stream()
                        .filter(venue -> localityName == null || localityName.equals(venue.place().locality()))
                        .flatMap(venue -> weekOf(details, venue, now, terms)))
                .filter(UpcomingSessionsTest::somethingToGoTo)
                .sorted(SOONEST)
                .toList());
    }

    /** Not opening hours: "on this week" leaves out anything longer than six hours. */
    private static boolean somethingToGoTo(Occurrence occurrence) {
        return occurrence.opensAt() == null || occurrence.closesAt() == null
                || java.time.Duration.between(occurrence.opensAt(), occurrence.closesAt())
                        .compareTo(java.time.Duration.ofHours(Timetable.LONGEST_SESSION_HOURS)) <= 0;
    }

    private static Stream<Occurrence> weekOf(ServiceDetails details, Venue venue, LocalDateTime now,
            TermDates terms) {
        LocalDate today = now.toLocalDate();
        return venue.sessions().stream().flatMap(session -> Stream.iterate(today, d -> d.plusDays(1)).limit(7)
                .filter(date -> SessionDates.runsOn(session, date, terms)
                        && !(date.equals(today) && SessionDates.endedBy(session, now.toLocalTime())))
                .map(date -> Timetable.occurrence(details, venue, session, date)));
    }

    /** What a line in "on this week" says: everything but the order of sessions at the same minute. */
    private static List<String> keys(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> String.join("|", o.date().toString(), String.valueOf(o.opensAt()),
                String.valueOf(o.closesAt()), o.serviceId().toString(), o.serviceName(), String.valueOf(o.venueId()),
                String.valueOf(o.venueName()), o.place().toString(), o.cost().toString(),
                String.valueOf(o.description()))).toList();
    }

    private static List<UUID> services(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::serviceId).toList();
    }

    private void awaitOutbox() {
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
    }
}
