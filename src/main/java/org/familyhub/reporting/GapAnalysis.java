package org.familyhub.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Roles;
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.reporting.internal.CoverageQueries;
import org.familyhub.reporting.internal.CoverageQueries.Cell;
import org.familyhub.reporting.internal.ReportQueries;
import org.familyhub.reporting.internal.ReportQueries.GapRow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gaps in the offer: what families searched for and did not find, grouped by their words, with a manager's
 * verdict on each group; and the coverage of categories by locality and level of need against the demand.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class GapAnalysis {

    private final ReportQueries queries;
    private final CoverageQueries coverage;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ReportingProperties properties;
    private final Clock clock;

    GapAnalysis(ReportQueries queries, CoverageQueries coverage, Directory directory, JdbcClient jdbc,
            CurrentUser currentUser, ReportingProperties properties, Clock clock) {
        this.queries = queries;
        this.coverage = coverage;
        this.directory = directory;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The period's searches that found nothing, grouped by their normalised words, largest group first. The
     * database groups exact wordings; only the distinct wordings are normalised here.
     */
    public List<GapGroup> zeroResultSearches(@Nullable String locality, Period period) {
        Map<String, String> names = localityNames();
        Map<String, List<GapRow>> byWords = new LinkedHashMap<>();
        for (GapRow row : queries.gapWordings(start(period), end(period), locality)) {
            byWords.computeIfAbsent(SearchWords.normalise(row.text()), w -> new ArrayList<>()).add(row);
        }
        Map<String, GapVerdict> verdicts = verdicts();
        return byWords.entrySet().stream().map(entry -> group(entry.getKey(), entry.getValue(), names,
                        verdicts.get(entry.getKey())))
                .sorted(Comparator.comparingLong(GapGroup::count).reversed().thenComparing(GapGroup::words))
                .toList();
    }

    private static GapGroup group(String words, List<GapRow> rows, Map<String, String> names,
            @Nullable GapVerdict verdict) {
        Map<String, Long> byWording = new HashMap<>();
        rows.forEach(r -> byWording.merge(r.text().strip(), r.count(), Long::sum));
        List<String> wordings = byWording.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
        List<String> localities = rows.stream().map(GapRow::locality).filter(Objects::nonNull).distinct()
                .map(code -> names.getOrDefault(code, code)).sorted().toList();
        return new GapGroup(words, wordings, rows.stream().mapToLong(GapRow::count).sum(), localities,
                rows.stream().map(GapRow::lastSeen).max(Comparator.naturalOrder()).orElseThrow(), verdict);
    }

    private Map<String, GapVerdict> verdicts() {
        Map<String, GapVerdict> verdicts = new HashMap<>();
        jdbc.sql("select words, verdict from search_gap_mark where done_at is null")
                .query((rs, n) -> Map.entry(rs.getString(1), GapVerdict.valueOf(rs.getString(2))))
                .list().forEach(e -> verdicts.put(e.getKey(), e.getValue()));
        return verdicts;
    }

    /** A manager's verdict on a group; marking it again replaces the verdict (and reopens an editor's task). */
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public void mark(String words, GapVerdict verdict) {
        String normalised = SearchWords.normalise(words);
        if (normalised.isEmpty() || normalised.length() > 250) {
            throw new IllegalArgumentException("Those words cannot be marked");
        }
        jdbc.sql("insert into search_gap_mark (words, verdict, marked_by, marked_at) values (?, ?, ?, ?)"
                        + " on duplicate key update verdict = values(verdict), marked_by = values(marked_by),"
                        + " marked_at = values(marked_at), done_by = null, done_at = null")
                .params(normalised, verdict.name(), who(), Timestamp.from(clock.instant())).update();
    }

    /** The missing synonyms editors have not added yet, oldest first. */
    public List<SynonymTask> synonymTasks() {
        return jdbc.sql("select words, marked_by, marked_at from search_gap_mark where verdict = 'MISSING_SYNONYM'"
                        + " and done_at is null order by marked_at, words")
                .query((rs, n) -> new SynonymTask(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** An editor added the synonym: the task leaves the list. */
    @Transactional
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public void synonymAdded(String words) {
        jdbc.sql("update search_gap_mark set done_by = ?, done_at = ? where words = ? and done_at is null")
                .params(who(), Timestamp.from(clock.instant()), words).update();
    }

    private String who() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    /** The coverage matrix for the whole area or one locality, with the period's demand. */
    public Coverage coverage(@Nullable String locality, Period period) {
        List<LocalitySummary> localities = directory.localities().stream()
                .filter(l -> locality == null || l.code().equals(locality))
                .sorted(Comparator.comparing(LocalitySummary::name)).toList();
        List<CategorySummary> categories = directory.categories().stream()
                .sorted(Comparator.comparing(CategorySummary::name)).toList();
        Map<String, long[]> local = new HashMap<>();
        for (Cell cell : coverage.byLocality(locality)) {
            level(cell.level()).ifPresent(level -> local.computeIfAbsent(cell.category() + "|" + cell.place(),
                    k -> new long[4])[level.ordinal()] = cell.services());
        }
        Map<String, long[]> areaWide = new HashMap<>();
        for (Cell cell : coverage.areaWide()) {
            level(cell.level()).ifPresent(level -> areaWide.computeIfAbsent(cell.category(),
                    k -> new long[4])[level.ordinal()] = cell.services());
        }
        Map<String, Map<String, Long>> searchDemand = queries.searchesByLocalityAndCategory(period.from(), period.to(),
                locality);
        Map<String, Map<String, Long>> requestDemand = queries.requestsByLocalityAndTopic(start(period), end(period),
                locality);
        List<Coverage.Row> rows = new ArrayList<>();
        for (LocalitySummary place : localities) {
            Map<String, Long> searches = searchDemand.getOrDefault(place.code(), Map.of());
            Map<String, Long> requests = requestDemand.getOrDefault(place.code(), Map.of());
            for (CategorySummary category : categories) {
                rows.add(new Coverage.Row(category.code(), category.name(), place.code(), place.name(),
                        local.getOrDefault(category.code() + "|" + place.code(), new long[4]),
                        areaWide.getOrDefault(category.code(), new long[4]),
                        searches.getOrDefault(category.code(), 0L), requests.getOrDefault(category.code(), 0L)));
            }
        }
        Map<String, String> categoryNames = new HashMap<>();
        categories.forEach(c -> categoryNames.put(c.code(), c.name()));
        List<Coverage.Bunch> bunched = coverage.bunched(properties.duplicationThreshold(), locality).stream()
                .flatMap(cell -> level(cell.level()).map(level -> new Coverage.Bunch(
                        categoryNames.getOrDefault(cell.category(), cell.category()), level, cell.place(),
                        cell.services())).stream())
                .toList();
        return new Coverage(period, rows, bunched, properties.duplicationThreshold());
    }

    private static java.util.Optional<LevelOfNeed> level(String code) {
        return java.util.Arrays.stream(LevelOfNeed.values()).filter(l -> l.code().equals(code)).findFirst();
    }

    private Map<String, String> localityNames() {
        Map<String, String> names = new HashMap<>();
        directory.localities().forEach(l -> names.put(l.code(), l.name()));
        return names;
    }

    private Instant start(Period period) {
        return period.from().atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant end(Period period) {
        return period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }
}
