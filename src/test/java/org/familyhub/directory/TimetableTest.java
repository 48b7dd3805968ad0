package org.familyhub.directory;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.portal.ListingWords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Next session" and "on this week" as the clock on the wall in England says, whatever the test clock: a
 * session that has ended today is past, midnight turns tomorrow into today, summer time moves the hours, and
 * a term-time session waits for the term.
 */
@PortalTest
class TimetableTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** Stay and Play at Monks Coppenhall: Tuesdays 9:30 to 11:00, term time only. */
    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final int ALL = 10_000;

    @Autowired
    ServiceRepository services;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entities;
    @Autowired
    SchoolTerms schoolTerms;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<VenueSessionSource> otherSessions;

    @Test
    void atQuarterPastTwoOnATuesdayTheMorningsSessionIsNextWeeks() {
        assertThat(nextStayAndPlay("2026-12-01T14:15:00Z")).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(cardSays("2026-12-01T14:15:00Z")).startsWith("Tuesday 8 December, 9:30 to 11:00");
        assertThat(nextStayAndPlay("2026-12-01T10:59:00Z")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(cardSays("2026-12-01T10:59:00Z")).startsWith("Today, 9:30 to 11:00");
        assertThat(nextStayAndPlay("2026-12-01T11:00:00Z")).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void atMidnightTomorrowsSessionBecomesTodays() {
        assertThat(cardSays("2026-11-30T23:59:59Z")).startsWith("Tomorrow, 9:30 to 11:00");
        assertThat(cardSays("2026-12-01T00:00:00Z")).startsWith("Today, 9:30 to 11:00");
    }

    @Test
    void theHoursAreEnglandsOnBothSidesOfEachClockChange() {
        // Tuesday 20 October 2026, 10:30 UTC is 11:30 in summer time: over; 27 October is in the half term
        assertThat(nextStayAndPlay("2026-10-20T10:30:00Z")).isEqualTo(LocalDate.of(2026, 11, 3));
        // the clocks went back on Sunday 25 October: on Tuesday 3 November 10:30 UTC is 10:30 in England
        assertThat(nextStayAndPlay("2026-11-03T10:30:00Z")).isEqualTo(LocalDate.of(2026, 11, 3));
        // Tuesday 23 March 2027, before the clocks go forward on the 28th: 10:30 UTC is 10:30, still on
        assertThat(nextStayAndPlay("2027-03-23T10:30:00Z")).isEqualTo(LocalDate.of(2027, 3, 23));
        // after it, 10:30 UTC is 11:30 in summer time: over; and the Easter holidays come first
        assertThat(nextStayAndPlay("2027-03-23T11:30:00Z")).isEqualTo(LocalDate.of(2027, 4, 13));
        assertThat(nextStayAndPlay("2027-04-13T10:30:00Z")).isEqualTo(LocalDate.of(2027, 4, 20));
    }

    @Test
    void aTermTimeSessionsNextAfterTheLastOfTermIsInJanuary() {
        assertThat(nextStayAndPlay("2026-12-15T12:00:00Z")).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(cardSays("2026-12-15T12:00:00Z")).startsWith("Tuesday 5 January, 9:30 to 11:00");
    }

    @Test
    void onThisWeekLeavesOutTodaysSessionsThatHaveEndedAndOnlyThose() {
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        LocalTime quarterPastTwo = LocalTime.of(14, 15);
        List<Occurrence> morning = week("2026-12-02T08:00:00Z");
        List<Occurrence> afternoon = week("2026-12-02T14:15:00Z");

        assertThat(morning).filteredOn(o -> o.date().equals(wednesday) && !endsAfter(o, quarterPastTwo))
                .as("Wednesday's sessions over by 14:15").isNotEmpty();
        assertThat(afternoon).containsExactlyElementsOf(morning.stream()
                .filter(o -> !o.date().equals(wednesday) || endsAfter(o, quarterPastTwo)).toList());
    }

    /**
     * Issue 18: "on this week" was mostly opening hours (childminders 7:30 to 17:30, CAMHS 9 to 17); it lists what
     * a family goes to, and opening hours stay on the services' own pages.
     */
    @Test
    void onThisWeekListsSessionsToGoToNotOpeningHours() {
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        List<Occurrence> week = week("2026-12-02T08:00:00Z");
        long openingHours = jdbc.sql("""
                select count(*) from upcoming_session where on_date between '2026-12-02' and '2026-12-08'
                  and time_to_sec(timediff(closes_at, opens_at)) > 6 * 3600""").query(Long.class).single();

        assertThat(openingHours).as("the sample has opening hours in the week to leave out").isPositive();
        assertThat(week).isNotEmpty()
                .allSatisfy(o -> assertThat(o.opensAt() == null || o.closesAt() == null
                        || Duration.between(o.opensAt(), o.closesAt()).compareTo(Duration.ofHours(6)) <= 0)
                        .as("%s, %s to %s", o.serviceName(), o.opensAt(), o.closesAt()).isTrue())
                .anySatisfy(o -> assertThat(o.serviceId()).isEqualTo(MONKS_STAY_AND_PLAY));
    }

    @Test
    void onThisWeekMovesOnADayAtMidnight() {
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        List<Occurrence> lateOnWednesday = week("2026-12-02T23:59:00Z");
        List<Occurrence> thursday = week("2026-12-03T00:00:00Z");

        assertThat(thursday).isNotEmpty().noneMatch(o -> o.date().equals(wednesday));
        assertThat(thursday).filteredOn(o -> o.date().isBefore(wednesday.plusDays(7)))
                .containsExactlyElementsOf(lateOnWednesday.stream().filter(o -> !o.date().equals(wednesday)).toList());
    }

    /** Whether a session is still on at that time on its day: closing time, or an hour after opening. */
    private static boolean endsAfter(Occurrence occurrence, LocalTime time) {
        LocalTime end = occurrence.closesAt() != null ? occurrence.closesAt()
                : occurrence.opensAt() != null ? occurrence.opensAt().plusHours(1) : null;
        return end == null || end.isAfter(time);
    }

    @Test
    void theNextSessionFromAServicesPageDetailsIsTheOneReadFromTheDatabase() {
        for (String instant : List.of("2026-12-01T14:15:00Z", "2026-12-01T10:59:00Z", "2026-12-18T12:00:00Z")) {
            Timetable timetable = timetable(instant);
            Optional<Occurrence> fromDetails = transaction.execute(status -> services.findById(MONKS_STAY_AND_PLAY)
                    .map(service -> ServiceMapping.details(service, Clock.systemUTC(), null))
                    .flatMap(timetable::nextSession));
            Optional<Occurrence> read = transaction.execute(status -> timetable.nextSession(MONKS_STAY_AND_PLAY));
            assertThat(fromDetails).as(instant).isPresent().isEqualTo(read);
        }
    }

    private List<Occurrence> week(String instant) {
        return transaction.execute(status -> timetable(instant).thisWeek(ALL));
    }

    private LocalDate nextStayAndPlay(String instant) {
        return next(instant, Occurrence::date);
    }

    /** The card's "Next session" line in English. */
    private String cardSays(String instant) {
        Timetable timetable = timetable(instant);
        ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ListingWords words = new ListingWords((key, params) -> new MessageFormat(english.getString(key), Locale.UK)
                .format(params), Locale.UK, "Cheshire East", timetable.today());
        return next(instant, words::occurrence);
    }

    private <T> T next(String instant, Function<Occurrence, T> what) {
        return transaction.execute(status -> timetable(instant).nextSession(MONKS_STAY_AND_PLAY).map(what)
                .orElseThrow());
    }

    private Timetable timetable(String instant) {
        return new Timetable(services, jdbc, entities, schoolTerms, Clock.fixed(Instant.parse(instant), ENGLAND),
                otherSessions);
    }
}
