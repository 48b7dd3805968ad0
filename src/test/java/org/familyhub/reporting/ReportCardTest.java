package org.familyhub.reporting;

import java.util.List;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.LevelOfNeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every figure on the card against a number worked out by hand from {@link ReportSample}: Crewe and Nantwich,
 * the third quarter of 2026 against the second.
 */
@PortalTest
class ReportCardTest {

    private static final Period Q3 = Period.quarter(2026, 3);

    @Autowired
    ReportCard reportCard;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    private Card crewe;

    @BeforeEach
    void sample() {
        ReportSample.writeOnce(jdbc);
        SignedIn.as(users, "manager");
        crewe = reportCard.card(ReportSample.CREWE, Q3);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theQuarterIsComparedWithTheOneBefore() {
        assertThat(crewe.period().from()).hasToString("2026-07-01");
        assertThat(crewe.period().to()).hasToString("2026-09-30");
        assertThat(crewe.previous().from()).hasToString("2026-04-01");
        assertThat(crewe.previous().to()).hasToString("2026-06-30");
        assertThat(crewe.areaName()).isEqualTo("Crewe and Nantwich");
        assertThat(Period.month(java.time.YearMonth.of(2026, 1)).previous().label()).isEqualTo("December 2025");
        assertThat(Period.custom(java.time.LocalDate.of(2026, 7, 11), java.time.LocalDate.of(2026, 7, 20)).previous())
                .isEqualTo(Period.custom(java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 7, 10)));
        assertThat(Period.lastComplete(Period.Length.QUARTER, java.time.LocalDate.of(2026, 12, 2))).isEqualTo(Q3);
    }

    @Test
    void howMuchCountsUsageRequestsFeedbackAndListings() {
        figure(Measure.SEARCHES, 40, 20);
        figure(Measure.SERVICE_PAGE_VIEWS, 25, 0);
        figure(Measure.LEAFLET_DOWNLOADS, 3, 0);
        figure(Measure.REQUESTS_FOR_HELP, 3, 1);
        figure(Measure.PROFESSIONAL_REFERRALS, 1, 0);
        figure(Measure.FEEDBACK_RECEIVED, 9, 1);
        figure(Measure.LISTINGS_PUBLISHED, 1, 0);
        // Sample content: 39 of Crewe and Nantwich's active listings were last checked in July to September.
        figure(Measure.LISTINGS_CHECKED, 39, 0);
        assertThat(crewe.figure(Measure.SEARCHES).orElseThrow().trend()).isEqualTo(Figure.Trend.UP);
        // No course had bookings in 2026's third quarter; whether the card shows that as 0 or as "not recorded"
        // depends on whether any course exists yet (BookingFiguresTest counts real ones).
        assertThat(crewe.figure(Measure.BOOKINGS).map(Figure::value).orElse(0.0)).isEqualTo(0.0);
    }

    @Test
    void howWellMeasuresResponseTimesAgainstTheTargetsAndSatisfaction() {
        // First responses 4 h, 120 h, 144 h: the median is the middle one, the 90th percentile the last.
        figure(Measure.FIRST_RESPONSE_MEDIAN, 120, 24);
        figure(Measure.FIRST_RESPONSE_P90, 144, 24);
        // Allocations 48 h and 336 h: the lower middle one is the median.
        figure(Measure.ALLOCATION_MEDIAN, 48, 96);
        figure(Measure.ALLOCATION_P90, 336, 96);
        assertThat(crewe.figure(Measure.FIRST_RESPONSE_MEDIAN).orElseThrow().target()).isEqualTo(72.0);
        // R1 and R2 answered by the promised day, R3 late, R4 never: 2 of 4.
        figure(Measure.ANSWERED_WITHIN_TARGET, 50, 100);
        figure(Measure.ALLOCATED_WITHIN_TARGET, 50, 100);
        figure(Measure.SATISFACTION, 75, 0);
        Figure helpful = crewe.figure(Measure.PAGE_HELPFUL).orElseThrow();
        assertThat(helpful.value()).isEqualTo(50.0);
        assertThat(helpful.previous()).isNull();
        // 61 of 62 listings checked after 30 March 2026; all 62 after 30 December 2025.
        assertThat(crewe.figure(Measure.LISTINGS_FRESH).orElseThrow().value()).isCloseTo(100.0 * 61 / 62, within(0.01));
        assertThat(crewe.figure(Measure.LISTINGS_FRESH).orElseThrow().previous()).isCloseTo(100.0, within(0.01));
        figure(Measure.ZERO_RESULT_RATE, 10, 10);
        assertThat(crewe.figure(Measure.ZERO_RESULT_RATE).orElseThrow().better()).isNull();
        assertThat(crewe.figure(Measure.FIRST_RESPONSE_MEDIAN).orElseThrow().better()).isFalse();
    }

    @Test
    void isAnyoneBetterOffCountsOutcomeSurveysByLevelOfNeed() {
        assertThat(crewe.figure(Measure.THINGS_IMPROVED).orElseThrow().value()).isCloseTo(200.0 / 3, within(0.01));
        assertThat(crewe.figure(Measure.GOALS_MET).orElseThrow().value()).isCloseTo(200.0 / 3, within(0.01));
        assertThat(crewe.outcomesByLevel()).containsExactly(
                new LevelOutcome(LevelOfNeed.UNIVERSAL, 0, 0), new LevelOutcome(LevelOfNeed.ADDITIONAL, 1, 1),
                new LevelOutcome(LevelOfNeed.COMPLEX, 1, 0), new LevelOutcome(LevelOfNeed.SPECIALIST, 0, 0),
                new LevelOutcome(null, 1, 1));
    }

    @Test
    void theWholeAreaAddsEveryLocality() {
        Card area = reportCard.card(null, Q3);
        assertThat(area.areaName()).isEqualTo("Cheshire East");
        assertThat(area.figure(Measure.REQUESTS_FOR_HELP).orElseThrow().value()).isEqualTo(4.0);
        assertThat(area.figure(Measure.SEARCHES).orElseThrow().value()).isEqualTo(45.0);
        // First responses 1 h, 4 h, 120 h, 144 h: the lower middle one.
        assertThat(area.figure(Measure.FIRST_RESPONSE_MEDIAN).orElseThrow().value()).isEqualTo(4.0);
        // Five gaps of 45 searches.
        assertThat(area.figure(Measure.ZERO_RESULT_RATE).orElseThrow().value()).isCloseTo(500.0 / 45, within(0.01));
    }

    @Test
    void onlyManagersAdminsAndEditorsMayReadTheCard() {
        for (String who : List.of("frontdoor", "provider", "professional")) {
            SignedIn.as(users, who);
            assertThatThrownBy(() -> reportCard.card(null, Q3)).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(users, "editor");
        assertThat(reportCard.card(null, Q3).howMuch()).isNotEmpty();
    }

    private void figure(Measure measure, double value, double previous) {
        Figure figure = crewe.figure(measure).orElseThrow();
        assertThat(figure.value()).as(measure + " now").isCloseTo(value, within(0.01));
        assertThat(figure.previous()).as(measure + " before").isCloseTo(previous, within(0.01));
    }
}
