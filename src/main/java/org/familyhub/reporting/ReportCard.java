package org.familyhub.reporting;

import java.time.Clock;
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
import org.familyhub.frontdoor.WorkingDays;
import org.familyhub.reporting.internal.ReportQueries;
import org.familyhub.reporting.internal.ReportQueries.Listings;
import org.familyhub.reporting.internal.ReportQueries.Pair;
import org.familyhub.reporting.internal.ReportQueries.Periods;
import org.familyhub.reporting.internal.ReportQueries.Question;
import org.familyhub.reporting.internal.ReportQueries.RequestTimes;
import org.familyhub.reporting.internal.ReportQueries.Share;
import org.familyhub.reporting.internal.ReportQueries.Times;
import org.familyhub.reporting.internal.ReportQueries.UsageCounts;
import org.familyhub.workspace.Change;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' report card in the results-based-accountability style: how much did we do, how well did we do it,
 * is anyone better off — for the whole area or one locality, a period and the one before. Each underlying query
 * ({@link ReportQueries}) runs once per card for both periods, and figures that share numbers share its answer
 * (the searches serve the zero-result rate, the outcome surveys the split by level); this class only chooses the
 * periods and puts the figures together.
 * Editors may read it too.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ReportCard {

    private static final double HOUR = 3600.0;
    private static final List<String> PUBLISHING = List.of(Change.Action.CREATED.name(),
            Change.Action.PUBLISHED.name(), Change.Action.IMPORTED.name(), Change.Action.RESTORED.name());
    private static final Question SATISFIED = new Question(BuiltInSurvey.SERVICE_FEEDBACK.code(), "helped",
            QuestionType.YES);
    private static final Question HELPFUL = new Question(BuiltInSurvey.PAGE_HELPFUL.code(), "helpful",
            QuestionType.YES);
    private static final Question GOALS_MET = new Question(BuiltInSurvey.OUTCOME.code(), "goals_met", "yes");

    private final ReportQueries queries;
    private final Directory directory;
    private final FrontDoorProperties frontDoor;
    private final ObjectProvider<BookingFigures> bookings;
    private final Clock clock;
    private final String areaName;

    ReportCard(ReportQueries queries, Directory directory, FrontDoorProperties frontDoor,
            ObjectProvider<BookingFigures> bookings, Clock clock,
            @Value("${familyhub.area-name:}") String areaName) {
        this.queries = queries;
        this.directory = directory;
        this.frontDoor = frontDoor;
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
        Periods periods = new Periods(period.from(), period.to(), start(period), end(period), before.from(),
                before.to(), start(before), end(before));
        // Empty until the portal has had a course: the card then says bookings are not recorded rather than 0.
        Optional<BookingFigures> bookingFigures = Optional.ofNullable(bookings.getIfAvailable());
        Optional<BookingFigures.Counts> bookingsNow = bookingFigures
                .flatMap(figures -> figures.between(period.from(), period.to(), locality));
        Optional<Pair<Optional<BookingFigures.Counts>>> courses = bookingsNow.map(counts -> new Pair<>(
                Optional.of(counts), bookingFigures.get().between(before.from(), before.to(), locality)));
        // Each query once per card, for both periods: the searches serve the zero-result rate too, the outcome
        // surveys both the share who say things improved and the split by level of need.
        Pair<UsageCounts> usage = queries.usage(periods, locality);
        Pair<List<ReportQueries.LevelCount>> outcomes = queries.outcomesByLevel(BuiltInSurvey.OUTCOME.code(), periods,
                locality);
        Map<Question, Pair<Share>> answers = queries.answers(List.of(SATISFIED, HELPFUL, GOALS_MET), periods, locality);
        Listings listings = queries.listings(periods, period.to().minusMonths(6), before.to().minusMonths(6), locality);
        return new Card(locality, name, period, before, howMuch(locality, periods, usage, listings, courses),
                howWell(locality, periods, usage, answers, listings),
                betterOff(outcomes, answers, courses), outcomesByLevel(outcomes.now()), courses.isPresent());
    }

    /** The localities a card can be for, by name. */
    public List<LocalitySummary> localities() {
        return directory.localities().stream().sorted(Comparator.comparing(LocalitySummary::name)).toList();
    }

    /** Today in the portal's time zone: the default period is the last whole quarter before it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<Figure> howMuch(@Nullable String loc, Periods periods, Pair<UsageCounts> usage, Listings listings,
            Optional<Pair<Optional<BookingFigures.Counts>>> courses) {
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.count(Measure.SEARCHES, usage.now().searches(), usage.before().searches()),
                Figure.count(Measure.SERVICE_PAGE_VIEWS, usage.now().servicePageViews(),
                        usage.before().servicePageViews()),
                Figure.count(Measure.LEAFLET_DOWNLOADS, usage.now().leafletDownloads(),
                        usage.before().leafletDownloads())));
        Pair<Map<String, Long>> requests = queries.requestsByKind(periods, loc);
        figures.add(Figure.count(Measure.REQUESTS_FOR_HELP, requests.now().getOrDefault("SELF_REFERRAL", 0L),
                requests.before().getOrDefault("SELF_REFERRAL", 0L)));
        figures.add(Figure.count(Measure.PROFESSIONAL_REFERRALS,
                requests.now().getOrDefault("PROFESSIONAL_REFERRAL", 0L),
                requests.before().getOrDefault("PROFESSIONAL_REFERRAL", 0L)));
        courses.ifPresent(counts -> {
            Optional<BookingFigures.Counts> a = counts.now();
            Optional<BookingFigures.Counts> b = counts.before();
            figures.add(new Figure(Measure.BOOKINGS, a.map(c -> (double) c.bookings()).orElse(null),
                    b.map(c -> (double) c.bookings()).orElse(null), null, null));
            figures.add(new Figure(Measure.ATTENDANCES, a.map(c -> (double) c.attendances()).orElse(null),
                    b.map(c -> (double) c.attendances()).orElse(null), null, null));
        });
        Pair<Long> feedback = queries.feedbackReceived(periods, loc);
        figures.add(Figure.count(Measure.FEEDBACK_RECEIVED, feedback.now(), feedback.before()));
        Pair<Long> published = queries.listingsPublished(periods, loc, PUBLISHING);
        figures.add(Figure.count(Measure.LISTINGS_PUBLISHED, published.now(), published.before()));
        figures.add(Figure.count(Measure.LISTINGS_CHECKED, listings.checked().now(), listings.checked().before()));
        return figures;
    }

    private List<Figure> howWell(@Nullable String loc, Periods periods, Pair<UsageCounts> usage,
            Map<Question, Pair<Share>> answers, Listings listings) {
        int respond = frontDoor.responseWorkingDays();
        int allocate = frontDoor.allocationWorkingDays();
        RequestTimes times = queries.times(periods, loc, WorkingDays.dueDays(respond),
                WorkingDays.dueDays(allocate));
        Times responseNow = times.response().now();
        Times responseBefore = times.response().before();
        Times allocationNow = times.allocation().now();
        Times allocationBefore = times.allocation().before();
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
                share(Measure.SATISFACTION, answers.get(SATISFIED)),
                share(Measure.PAGE_HELPFUL, answers.get(HELPFUL)),
                share(Measure.LISTINGS_FRESH, listings.fresh()),
                zeroResults(loc, periods, usage));
    }

    private Figure zeroResults(@Nullable String loc, Periods periods, Pair<UsageCounts> searches) {
        Pair<Long> zero = queries.zeroResultSearches(periods, loc);
        return share(Measure.ZERO_RESULT_RATE, new Pair<>(new Share(searches.now().searches(), zero.now()),
                new Share(searches.before().searches(), zero.before())));
    }

    private static List<Figure> betterOff(Pair<List<ReportQueries.LevelCount>> outcomes,
            Map<Question, Pair<Share>> answers, Optional<Pair<Optional<BookingFigures.Counts>>> courses) {
        List<Figure> figures = new ArrayList<>();
        figures.add(share(Measure.THINGS_IMPROVED, new Pair<>(improvedShare(outcomes.now()),
                improvedShare(outcomes.before()))));
        figures.add(share(Measure.GOALS_MET, answers.get(GOALS_MET)));
        courses.ifPresent(counts -> figures.add(share(Measure.COURSES_COMPLETED, new Pair<>(
                counts.now().map(c -> new Share(c.started(), c.completed())).orElse(new Share(0, 0)),
                counts.before().map(c -> new Share(c.started(), c.completed())).orElse(new Share(0, 0))))));
        return figures;
    }

    private static Share improvedShare(List<ReportQueries.LevelCount> levels) {
        return new Share(levels.stream().mapToLong(ReportQueries.LevelCount::answered).sum(),
                levels.stream().mapToLong(ReportQueries.LevelCount::improved).sum());
    }

    private static List<LevelOutcome> outcomesByLevel(List<ReportQueries.LevelCount> counts) {
        Map<String, ReportQueries.LevelCount> byLevel = new java.util.HashMap<>();
        counts.forEach(count -> byLevel.put(count.level() == null ? "" : count.level(), count));
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

    private static Figure share(Measure measure, Pair<Share> shares) {
        return new Figure(measure, shares.now().percent(), shares.before().percent(), null, shares.now().of());
    }

    private static Figure time(Measure measure, @Nullable Long now, @Nullable Long before, double targetHours,
            long basis) {
        return new Figure(measure, now == null ? null : now / HOUR, before == null ? null : before / HOUR,
                targetHours, basis);
    }

    private static @Nullable Double withinTarget(Times times) {
        return times.arrived() == 0 ? null : 100.0 * times.withinTarget() / times.arrived();
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
