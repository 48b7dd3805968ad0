package org.familyhub.reporting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.feedback.QuestionType;
import org.familyhub.frontdoor.FrontDoorProperties;
import org.familyhub.reporting.internal.ReportQueries;
import org.familyhub.reporting.internal.ReportQueries.Share;
import org.familyhub.reporting.internal.ReportQueries.Times;
import org.familyhub.shared.Usage;
import org.familyhub.workspace.Change;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' report card in the results-based-accountability style: how much did we do, how well did we do it,
 * is anyone better off — for the whole area or one locality, a period and the one before. Every figure is one
 * grouped query ({@link ReportQueries}); this class only chooses the periods and puts the figures together.
 * Editors may read it too.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ReportCard {

    private static final double HOUR = 3600.0;
    private static final List<String> PUBLISHING = List.of(Change.Action.CREATED.name(),
            Change.Action.PUBLISHED.name(), Change.Action.IMPORTED.name(), Change.Action.RESTORED.name());

    private final ReportQueries queries;
    private final Directory directory;
    private final FrontDoorProperties frontDoor;
    private final ReportingProperties properties;
    private final ObjectProvider<BookingFigures> bookings;
    private final Clock clock;
    private final String areaName;

    ReportCard(ReportQueries queries, Directory directory, FrontDoorProperties frontDoor,
            ReportingProperties properties, ObjectProvider<BookingFigures> bookings, Clock clock,
            @Value("${familyhub.area-name:}") String areaName) {
        this.queries = queries;
        this.directory = directory;
        this.frontDoor = frontDoor;
        this.properties = properties;
        this.bookings = bookings;
        this.clock = clock;
        this.areaName = areaName;
    }

    /**
     * The card for a period compared with the one before it.
     *
     * @param locality a locality's code, or null for the whole area
     * @throws IllegalArgumentException when there is no such locality
     */
    public Card card(@Nullable String locality, Period period) {
        String name = locality == null ? areaName : directory.locality(locality).map(LocalitySummary::name)
                .orElseThrow(() -> new IllegalArgumentException("There is no locality " + locality));
        Period before = period.previous();
        // Empty until the portal has had a course: the card then says bookings are not recorded rather than 0.
        Optional<BookingFigures> bookingFigures = Optional.ofNullable(bookings.getIfAvailable())
                .filter(figures -> figures.between(period.from(), period.to(), locality).isPresent());
        return new Card(locality, name, period, before, howMuch(locality, period, before, bookingFigures),
                howWell(locality, period, before), betterOff(locality, period, before, bookingFigures),
                outcomesByLevel(locality, period), bookingFigures.isPresent());
    }

    /** The localities a card can be for, by name. */
    public List<LocalitySummary> localities() {
        return directory.localities().stream().sorted(Comparator.comparing(LocalitySummary::name)).toList();
    }

    /** Today in the portal's time zone: the default period is the last whole quarter before it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<Figure> howMuch(@Nullable String loc, Period now, Period before, Optional<BookingFigures> bookings) {
        List<Figure> figures = new ArrayList<>(List.of(
                usage(Measure.SEARCHES, Usage.Kind.SEARCH, null, loc, now, before),
                usage(Measure.SERVICE_PAGE_VIEWS, Usage.Kind.PAGE_VIEW, "service", loc, now, before),
                usage(Measure.LEAFLET_DOWNLOADS, Usage.Kind.LEAFLET_DOWNLOAD, null, loc, now, before)));
        Map<String, Long> requestsNow = queries.requestsByKind(start(now), end(now), loc);
        Map<String, Long> requestsBefore = queries.requestsByKind(start(before), end(before), loc);
        figures.add(Figure.count(Measure.REQUESTS_FOR_HELP, requestsNow.getOrDefault("SELF_REFERRAL", 0L),
                requestsBefore.getOrDefault("SELF_REFERRAL", 0L)));
        figures.add(Figure.count(Measure.PROFESSIONAL_REFERRALS, requestsNow.getOrDefault("PROFESSIONAL_REFERRAL", 0L),
                requestsBefore.getOrDefault("PROFESSIONAL_REFERRAL", 0L)));
        bookings.ifPresent(figuresOf -> {
            Optional<BookingFigures.Counts> a = figuresOf.between(now.from(), now.to(), loc);
            Optional<BookingFigures.Counts> b = figuresOf.between(before.from(), before.to(), loc);
            figures.add(new Figure(Measure.BOOKINGS, a.map(c -> (double) c.bookings()).orElse(null),
                    b.map(c -> (double) c.bookings()).orElse(null), null, null));
            figures.add(new Figure(Measure.ATTENDANCES, a.map(c -> (double) c.attendances()).orElse(null),
                    b.map(c -> (double) c.attendances()).orElse(null), null, null));
        });
        figures.add(Figure.count(Measure.FEEDBACK_RECEIVED, queries.feedbackReceived(start(now), end(now), loc),
                queries.feedbackReceived(start(before), end(before), loc)));
        figures.add(Figure.count(Measure.LISTINGS_PUBLISHED,
                queries.listingsPublished(start(now), end(now), loc, PUBLISHING),
                queries.listingsPublished(start(before), end(before), loc, PUBLISHING)));
        figures.add(Figure.count(Measure.LISTINGS_CHECKED, queries.listingsChecked(now.from(), now.to(), loc),
                queries.listingsChecked(before.from(), before.to(), loc)));
        return figures;
    }

    private Figure usage(Measure measure, Usage.Kind kind, @Nullable String group, @Nullable String loc, Period now,
            Period before) {
        return Figure.count(measure, queries.usage(kind, group, now.from(), now.to(), loc),
                queries.usage(kind, group, before.from(), before.to(), loc));
    }

    private List<Figure> howWell(@Nullable String loc, Period now, Period before) {
        int respond = frontDoor.responseWorkingDays();
        int allocate = properties.allocationWorkingDays();
        Times responseNow = queries.times("first_response_at", start(now), end(now), loc, dueDays(respond));
        Times responseBefore = queries.times("first_response_at", start(before), end(before), loc, dueDays(respond));
        Times allocationNow = queries.times("allocated_at", start(now), end(now), loc, dueDays(allocate));
        Times allocationBefore = queries.times("allocated_at", start(before), end(before), loc, dueDays(allocate));
        // Working days in hours for the eye only: the share within target counts working days exactly.
        double respondHours = respond * 24.0;
        double allocateHours = allocate * 24.0;
        return List.of(
                time(Measure.FIRST_RESPONSE_MEDIAN, responseNow.medianSeconds(), responseBefore.medianSeconds(),
                        respondHours, responseNow.reached()),
                time(Measure.FIRST_RESPONSE_P90, responseNow.p90Seconds(), responseBefore.p90Seconds(), respondHours,
                        responseNow.reached()),
                time(Measure.ALLOCATION_MEDIAN, allocationNow.medianSeconds(), allocationBefore.medianSeconds(),
                        allocateHours, allocationNow.reached()),
                time(Measure.ALLOCATION_P90, allocationNow.p90Seconds(), allocationBefore.p90Seconds(), allocateHours,
                        allocationNow.reached()),
                new Figure(Measure.ANSWERED_WITHIN_TARGET, withinTarget(responseNow), withinTarget(responseBefore),
                        100.0, responseNow.arrived()),
                new Figure(Measure.ALLOCATED_WITHIN_TARGET, withinTarget(allocationNow),
                        withinTarget(allocationBefore), 100.0, allocationNow.arrived()),
                share(Measure.SATISFACTION, answers(BuiltInSurvey.SERVICE_FEEDBACK, "helped", QuestionType.YES, loc, now),
                        answers(BuiltInSurvey.SERVICE_FEEDBACK, "helped", QuestionType.YES, loc, before)),
                share(Measure.PAGE_HELPFUL, answers(BuiltInSurvey.PAGE_HELPFUL, "helpful", QuestionType.YES, loc, now),
                        answers(BuiltInSurvey.PAGE_HELPFUL, "helpful", QuestionType.YES, loc, before)),
                share(Measure.LISTINGS_FRESH, queries.listingsFresh(now.to().minusMonths(6), loc),
                        queries.listingsFresh(before.to().minusMonths(6), loc)),
                zeroResults(loc, now, before));
    }

    private Figure zeroResults(@Nullable String loc, Period now, Period before) {
        long searchesNow = queries.usage(Usage.Kind.SEARCH, null, now.from(), now.to(), loc);
        long searchesBefore = queries.usage(Usage.Kind.SEARCH, null, before.from(), before.to(), loc);
        return share(Measure.ZERO_RESULT_RATE,
                new Share(searchesNow, queries.zeroResultSearches(start(now), end(now), loc)),
                new Share(searchesBefore, queries.zeroResultSearches(start(before), end(before), loc)));
    }

    private List<Figure> betterOff(@Nullable String loc, Period now, Period before, Optional<BookingFigures> bookings) {
        List<Figure> figures = new ArrayList<>();
        figures.add(improved(loc, now, before));
        figures.add(share(Measure.GOALS_MET, answers(BuiltInSurvey.OUTCOME, "goals_met", "yes", loc, now),
                answers(BuiltInSurvey.OUTCOME, "goals_met", "yes", loc, before)));
        bookings.ifPresent(figuresOf -> figures.add(share(Measure.COURSES_COMPLETED,
                figuresOf.between(now.from(), now.to(), loc).map(c -> new Share(c.started(), c.completed()))
                        .orElse(new Share(0, 0)),
                figuresOf.between(before.from(), before.to(), loc).map(c -> new Share(c.started(), c.completed()))
                        .orElse(new Share(0, 0)))));
        return figures;
    }

    private Figure improved(@Nullable String loc, Period now, Period before) {
        return share(Measure.THINGS_IMPROVED, improvedShare(loc, now), improvedShare(loc, before));
    }

    private Share improvedShare(@Nullable String loc, Period period) {
        List<ReportQueries.LevelCount> levels = queries.outcomesByLevel(BuiltInSurvey.OUTCOME.code(), start(period),
                end(period), loc);
        return new Share(levels.stream().mapToLong(ReportQueries.LevelCount::answered).sum(),
                levels.stream().mapToLong(ReportQueries.LevelCount::improved).sum());
    }

    private List<LevelOutcome> outcomesByLevel(@Nullable String loc, Period period) {
        Map<String, ReportQueries.LevelCount> byLevel = new java.util.HashMap<>();
        queries.outcomesByLevel(BuiltInSurvey.OUTCOME.code(), start(period), end(period), loc)
                .forEach(count -> byLevel.put(count.level() == null ? "" : count.level(), count));
        List<LevelOutcome> outcomes = new ArrayList<>();
        for (LevelOfNeed level : LevelOfNeed.values()) {
            ReportQueries.LevelCount count = byLevel.get(level.name());
            outcomes.add(new LevelOutcome(level, count == null ? 0 : count.answered(),
                    count == null ? 0 : count.improved()));
        }
        ReportQueries.LevelCount unknown = byLevel.get("");
        if (unknown != null) {
            outcomes.add(new LevelOutcome(null, unknown.answered(), unknown.improved()));
        }
        return outcomes;
    }

    private Share answers(BuiltInSurvey survey, String question, String value, @Nullable String loc, Period period) {
        return queries.answers(survey.code(), question, value, start(period), end(period), loc);
    }

    private static Figure share(Measure measure, Share now, Share before) {
        return new Figure(measure, now.percent(), before.percent(), null, now.of());
    }

    private static Figure time(Measure measure, @Nullable Long now, @Nullable Long before, double targetHours,
            long basis) {
        return new Figure(measure, now == null ? null : now / HOUR, before == null ? null : before / HOUR,
                targetHours, basis);
    }

    private static @Nullable Double withinTarget(Times times) {
        return times.arrived() == 0 ? null : 100.0 * times.withinTarget() / times.arrived();
    }

    /**
     * For each day of arrival, Monday first, how many calendar days later the target day falls: the promise
     * counts working days from the day after arrival, skipping weekends, as the front door's confirmation says.
     */
    static int[] dueDays(int workingDays) {
        int[] due = new int[7];
        for (DayOfWeek arrival : DayOfWeek.values()) {
            int left = workingDays;
            int days = 0;
            DayOfWeek day = arrival;
            while (left > 0) {
                day = day.plus(1);
                days++;
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            due[arrival.ordinal()] = days;
        }
        return due;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private Instant start(Period period) {
        return period.from().atStartOfDay(zone()).toInstant();
    }

    private Instant end(Period period) {
        return period.to().plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
