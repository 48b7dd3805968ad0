package org.familyhub.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyhub.shared.Usage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The report card's read model: every figure is one grouped SQL query over indexed columns (arrival times,
 * answer times, usage days), so the card answers at ten thousand services and years of activity without loading
 * rows into the application. It only reads; each table stays owned by its module. A {@code null} locality means
 * the whole area.
 */
@Repository
public class ReportQueries {

    /** Services with a venue or an area in the locality (the area-wide ones are not "in" any one locality). */
    private static final String SERVICE_IN_LOCALITY = """
            (exists (select 1 from service_at_location sal join location lo on lo.id = sal.location_id
                     join locality l on l.id = lo.locality_id where sal.service_id = s.id and l.code = :loc)
             or exists (select 1 from service_area sa join locality l on l.id = sa.locality_id
                     where sa.service_id = s.id and l.code = :loc))""";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A period and the one before it, asked together: every figure of the card comes from one query that reads
     * the rows of both periods once and tells them apart, rather than one query per period.
     */
    public record Periods(LocalDate nowFrom, LocalDate nowTo, Instant nowStart, Instant nowEnd, LocalDate beforeFrom,
            LocalDate beforeTo, Instant beforeStart, Instant beforeEnd) {

        StatementSpec bind(StatementSpec spec) {
            return spec.param("nowFrom", nowFrom).param("nowTo", nowTo).param("beforeFrom", beforeFrom)
                    .param("beforeTo", beforeTo).param("nowStart", Timestamp.from(nowStart))
                    .param("nowEnd", Timestamp.from(nowEnd)).param("beforeStart", Timestamp.from(beforeStart))
                    .param("beforeEnd", Timestamp.from(beforeEnd));
        }
    }

    /** A figure's numbers for the period and the one before. */
    public record Pair<T>(T now, T before) {

        static <T> Pair<T> of(Map<Integer, T> byPeriod, T none) {
            return new Pair<>(byPeriod.getOrDefault(NOW, none), byPeriod.getOrDefault(BEFORE, none));
        }
    }

    private static final int NOW = 0;
    private static final int BEFORE = 1;

    /** SQL: 0 when the moment lies in the period, 1 when in the one before, else null. */
    private static String whichMoment(String column) {
        return "(case when " + column + " >= :nowStart and " + column + " < :nowEnd then 0 when " + column
                + " >= :beforeStart and " + column + " < :beforeEnd then 1 end)";
    }

    /** SQL: the moment lies in either period (two index ranges). */
    private static String eitherMoment(String column) {
        return "((" + column + " >= :nowStart and " + column + " < :nowEnd) or (" + column + " >= :beforeStart and "
                + column + " < :beforeEnd))";
    }

    /** Searches, service page views and leaflet downloads counted in a period. */
    public record UsageCounts(long searches, long servicePageViews, long leafletDownloads) {
    }

    /**
     * The usage counted on the days of both periods, in one pass over the daily counters: searches (every page
     * group), service page views (page group {@code service}) and leaflet downloads (every page group).
     */
    public Pair<UsageCounts> usage(Periods periods, @Nullable String locality) {
        long[][] counts = new long[2][3];
        periods.bind(jdbc.sql("select if(day between :nowFrom and :nowTo, 0, 1), kind, page_group = 'service', sum(count)"
                        + " from usage_count where (day between :nowFrom and :nowTo or day between :beforeFrom and :beforeTo)"
                        + (locality == null ? "" : " and locality_code = :loc")
                        + " group by 1, kind, page_group = 'service'"))
                .param("loc", locality)
                .query((rs, n) -> {
                    long[] period = counts[rs.getInt(1)];
                    switch (Usage.Kind.valueOf(rs.getString(2))) {
                        case SEARCH -> period[0] += rs.getLong(4);
                        case PAGE_VIEW -> period[1] += rs.getBoolean(3) ? rs.getLong(4) : 0;
                        case LEAFLET_DOWNLOAD -> period[2] += rs.getLong(4);
                    }
                    return period;
                }).list();
        return new Pair<>(new UsageCounts(counts[NOW][0], counts[NOW][1], counts[NOW][2]),
                new UsageCounts(counts[BEFORE][0], counts[BEFORE][1], counts[BEFORE][2]));
    }

    /** Searches per locality and category (page group): the coverage matrix's demand, in one grouped query. */
    public Map<String, Map<String, Long>> searchesByLocalityAndCategory(LocalDate from, LocalDate to,
            @Nullable String locality) {
        Map<String, Map<String, Long>> counts = new java.util.HashMap<>();
        jdbc.sql("select locality_code, page_group, sum(count) from usage_count where kind = 'SEARCH' and page_group <> ''"
                        + " and day between :from and :to" + (locality == null ? "" : " and locality_code = :loc")
                        + " group by locality_code, page_group")
                .param("from", from).param("to", to).param("loc", locality)
                .query((rs, n) -> counts.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>())
                        .put(rs.getString(2), rs.getLong(3))).list();
        return counts;
    }

    /** Requests that arrived in each period, by kind (SELF_REFERRAL, PROFESSIONAL_REFERRAL). */
    public Pair<Map<String, Long>> requestsByKind(Periods periods, @Nullable String locality) {
        Map<Integer, Map<String, Long>> byPeriod = new java.util.HashMap<>();
        periods.bind(jdbc.sql("select " + whichMoment("created_at") + ", kind, count(*) from help_request where "
                        + eitherMoment("created_at") + (locality == null ? "" : " and locality_code = :loc")
                        + " group by 1, kind"))
                .param("loc", locality)
                .query((rs, n) -> byPeriod.computeIfAbsent(rs.getInt(1), k -> new java.util.HashMap<>())
                        .put(rs.getString(2), rs.getLong(3))).list();
        return Pair.of(byPeriod, Map.of());
    }

    /**
     * Requests for help per locality and category (a request may name several): the coverage matrix's demand. The
     * database counts each locality's combinations of categories; only those few rows are split here.
     */
    public Map<String, Map<String, Long>> requestsByLocalityAndTopic(Instant from, Instant to, @Nullable String locality) {
        Map<String, Map<String, Long>> counts = new java.util.HashMap<>();
        jdbc.sql("select locality_code, topics, count(*) from help_request where created_at >= :from and created_at < :to"
                        + " and topics is not null" + (locality == null ? "" : " and locality_code = :loc")
                        + " group by locality_code, topics")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query((rs, n) -> {
                    Map<String, Long> byTopic = counts.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>());
                    for (String topic : rs.getString(2).split(",")) {
                        if (!topic.isBlank()) {
                            byTopic.merge(topic.strip(), rs.getLong(3), Long::sum);
                        }
                    }
                    return byTopic;
                }).list();
        return counts;
    }

    /**
     * The time from arrival to the first response ({@code first_response_at}) and to allocation
     * ({@code allocated_at}) of the requests that arrived in each period: lower median and 90th percentile in
     * seconds, and how many reached it within the target's working days. Two queries for both moments and both
     * periods: one counts, one picks the percentiles.
     *
     * @param respondDue  for each day of arrival (Monday first), how many calendar days later the response is due
     * @param allocateDue the same for allocation
     */
    public RequestTimes times(Periods periods, @Nullable String locality, int[] respondDue, int[] allocateDue) {
        String where = " from help_request where " + eitherMoment("created_at")
                + (locality == null ? "" : " and locality_code = :loc");
        Map<Integer, Counted[]> counted = new java.util.HashMap<>();
        periods.bind(jdbc.sql("select " + whichMoment("created_at") + ", count(*),"
                        + " coalesce(sum(first_response_at is not null), 0), " + withinDue("first_response_at", respondDue)
                        + ", coalesce(sum(allocated_at is not null), 0), " + withinDue("allocated_at", allocateDue)
                        + where + " group by 1"))
                .param("loc", locality)
                .query((rs, n) -> counted.put(rs.getInt(1), new Counted[] {
                        new Counted(rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                        new Counted(rs.getLong(2), rs.getLong(5), rs.getLong(6))})).list();
        // PERCENTILE_DISC picks a real value: the lower middle one for the median, as RequestFigures does.
        Map<String, Long[]> percentiles = new java.util.HashMap<>();
        periods.bind(jdbc.sql("select distinct moment, period, percentile_disc(0.5) within group (order by seconds)"
                        + " over (partition by moment, period), percentile_disc(0.9) within group (order by seconds)"
                        + " over (partition by moment, period) from (select 0 as moment, " + whichMoment("created_at")
                        + " as period, timestampdiff(second, created_at, first_response_at) as seconds" + where
                        + " and first_response_at is not null union all select 1, " + whichMoment("created_at")
                        + ", timestampdiff(second, created_at, allocated_at)" + where
                        + " and allocated_at is not null) t"))
                .param("loc", locality)
                .query((rs, n) -> percentiles.put(rs.getInt(1) + "|" + rs.getInt(2),
                        new Long[] {rs.getLong(3), rs.getLong(4)})).list();
        return new RequestTimes(
                new Pair<>(times(counted, percentiles, 0, NOW), times(counted, percentiles, 0, BEFORE)),
                new Pair<>(times(counted, percentiles, 1, NOW), times(counted, percentiles, 1, BEFORE)));
    }

    private static Times times(Map<Integer, Counted[]> counted, Map<String, Long[]> percentiles, int moment,
            int period) {
        Counted[] both = counted.get(period);
        if (both == null) {
            return new Times(0, 0, null, null, 0);
        }
        Counted count = both[moment];
        Long[] picked = count.reached() == 0 ? null : percentiles.get(moment + "|" + period);
        return new Times(count.arrived(), count.reached(), picked == null ? null : picked[0],
                picked == null ? null : picked[1], count.withinTarget());
    }

    /** SQL: how many reached the moment by the due day, counted from the day of arrival. */
    private static String withinDue(String column, int[] dueDays) {
        StringBuilder due = new StringBuilder("case weekday(created_at)");
        for (int day = 0; day < 7; day++) {
            due.append(" when ").append(day).append(" then ").append(dueDays[day]);
        }
        due.append(" end");
        return "coalesce(sum(" + column + " is not null and date(" + column + ") <= date_add(date(created_at), interval ("
                + due + ") day)), 0)";
    }

    /** The times to first response and to allocation, each for the period and the one before. */
    public record RequestTimes(Pair<Times> response, Pair<Times> allocation) {
    }

    private record Counted(long arrived, long reached, long withinTarget) {
    }

    /** @param medianSeconds null when none reached it */
    public record Times(long arrived, long reached, @Nullable Long medianSeconds, @Nullable Long p90Seconds,
            long withinTarget) {
    }

    /** Survey responses submitted in each period, for any survey. */
    public Pair<Long> feedbackReceived(Periods periods, @Nullable String locality) {
        Map<Integer, Long> byPeriod = new java.util.HashMap<>();
        periods.bind(jdbc.sql("select " + whichMoment("submitted_at") + ", count(*) from survey_response where "
                        + eitherMoment("submitted_at") + (locality == null ? "" : " and locality_code = :loc")
                        + " group by 1"))
                .param("loc", locality)
                .query((rs, n) -> byPeriod.put(rs.getInt(1), rs.getLong(2))).list();
        return Pair.of(byPeriod, 0L);
    }

    /** One question of one survey and the answer a figure counts. */
    public record Question(String surveyCode, String questionKey, String value) {
    }

    /**
     * For each question, how many answered it in each period and how many of them gave its value: one query for
     * all the questions and both periods.
     */
    public Map<Question, Pair<Share>> answers(List<Question> questions, Periods periods, @Nullable String locality) {
        StringBuilder which = new StringBuilder();
        StringBuilder yes = new StringBuilder("case");
        for (int i = 0; i < questions.size(); i++) {
            which.append(i == 0 ? "" : " or ").append("(s.code = :survey").append(i).append(" and a.question_key = :question")
                    .append(i).append(")");
            yes.append(" when s.code = :survey").append(i).append(" and a.question_key = :question").append(i)
                    .append(" then a.answer_value = :value").append(i);
        }
        yes.append(" end");
        StatementSpec spec = periods.bind(jdbc.sql("select s.code, a.question_key, " + whichMoment("r.submitted_at")
                + ", count(distinct r.id), count(distinct case when " + yes + " then r.id end)"
                + " from survey_response r join survey s on s.id = r.survey_id"
                + " join survey_answer a on a.response_id = r.id and (" + which + ")"
                + " where " + eitherMoment("r.submitted_at") + (locality == null ? "" : " and r.locality_code = :loc")
                + " group by s.code, a.question_key, 3")).param("loc", locality);
        for (int i = 0; i < questions.size(); i++) {
            spec = spec.param("survey" + i, questions.get(i).surveyCode())
                    .param("question" + i, questions.get(i).questionKey()).param("value" + i, questions.get(i).value());
        }
        Map<String, Share> found = new java.util.HashMap<>();
        spec.query((rs, n) -> found.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3),
                new Share(rs.getLong(4), rs.getLong(5)))).list();
        Map<Question, Pair<Share>> shares = new java.util.LinkedHashMap<>();
        Share none = new Share(0, 0);
        for (Question question : questions) {
            String key = question.surveyCode() + "|" + question.questionKey() + "|";
            shares.put(question, new Pair<>(found.getOrDefault(key + NOW, none), found.getOrDefault(key + BEFORE, none)));
        }
        return shares;
    }

    public record Share(long of, long yes) {

        public @Nullable Double percent() {
            return of == 0 ? null : 100.0 * yes / of;
        }
    }

    /**
     * Outcome surveys answered in each period by the level of need of the request they were about: how many
     * answered both confidence questions, and how many felt more confident after the help than before.
     */
    public Pair<List<LevelCount>> outcomesByLevel(String surveyCode, Periods periods, @Nullable String locality) {
        Map<Integer, List<LevelCount>> byPeriod = new java.util.HashMap<>();
        periods.bind(jdbc.sql("select " + whichMoment("r.submitted_at") + ", h.level_of_need, count(*),"
                        + " coalesce(sum(cast(after_.answer_value as signed) > cast(before_.answer_value as signed)), 0)"
                        + " from survey_response r join survey s on s.id = r.survey_id and s.code = :survey"
                        + " join survey_answer before_ on before_.response_id = r.id and before_.question_key = 'confidence_before'"
                        + " join survey_answer after_ on after_.response_id = r.id and after_.question_key = 'confidence_after'"
                        + " left join help_request h on h.id = r.subject_id"
                        + " where " + eitherMoment("r.submitted_at")
                        + (locality == null ? "" : " and r.locality_code = :loc") + " group by 1, h.level_of_need"))
                .param("survey", surveyCode).param("loc", locality)
                .query((rs, n) -> byPeriod.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new LevelCount(rs.getString(2), rs.getLong(3), rs.getLong(4)))).list();
        return Pair.of(byPeriod, List.of());
    }

    public record LevelCount(@Nullable String level, long answered, long improved) {
    }

    /** Listings created, published, imported or restored in each period, each once per period. */
    public Pair<Long> listingsPublished(Periods periods, @Nullable String locality, List<String> actions) {
        Map<Integer, Long> byPeriod = new java.util.HashMap<>();
        periods.bind(jdbc.sql("select " + whichMoment("c.changed_at") + ", count(distinct c.service_id) from listing_change c"
                        + " join service s on s.id = c.service_id where " + eitherMoment("c.changed_at")
                        + " and c.action in (:actions)" + (locality == null ? "" : " and " + SERVICE_IN_LOCALITY)
                        + " group by 1"))
                .param("actions", actions).param("loc", locality)
                .query((rs, n) -> byPeriod.put(rs.getInt(1), rs.getLong(2))).list();
        return Pair.of(byPeriod, 0L);
    }

    /**
     * The active listings as they are today, in one pass: how many there are, how many were last checked in each
     * period (assured date between its first and last day), and how many were checked after each of two days.
     */
    public Listings listings(Periods periods, LocalDate freshSinceNow, LocalDate freshSinceBefore,
            @Nullable String locality) {
        return periods.bind(jdbc.sql("select count(*), coalesce(sum(s.assured_date between :nowFrom and :nowTo), 0),"
                        + " coalesce(sum(s.assured_date between :beforeFrom and :beforeTo), 0),"
                        + " coalesce(sum(s.assured_date > :sinceNow), 0), coalesce(sum(s.assured_date > :sinceBefore), 0)"
                        + " from service s where s.status = 'active'" + (locality == null ? "" : " and " + SERVICE_IN_LOCALITY)))
                .param("sinceNow", freshSinceNow).param("sinceBefore", freshSinceBefore).param("loc", locality)
                .query((rs, n) -> new Listings(new Pair<>(rs.getLong(2), rs.getLong(3)),
                        new Pair<>(new Share(rs.getLong(1), rs.getLong(4)), new Share(rs.getLong(1), rs.getLong(5)))))
                .single();
    }

    /** @param fresh active listings, and those checked after the day given for each period */
    public record Listings(Pair<Long> checked, Pair<Share> fresh) {
    }

    /**
     * The locality a search that found nothing was about, as SQL: the locality it chose, else its postcode
     * district's, else the first town named in its words.
     */
    static final String GAP_LOCALITY = """
            coalesce(json_value(g.filters, '$.locality[0]'),
              (select l.code from postcode_area p join locality l on l.id = p.locality_id
                 where p.code = json_value(g.filters, '$.postcode_district')),
              (select l.code from town t join locality l on l.id = t.locality_id
                 where lower(g.query_text) like concat('%', lower(t.name), '%') order by length(t.name) desc limit 1))""";

    /** Searches that found nothing in each period. */
    public Pair<Long> zeroResultSearches(Periods periods, @Nullable String locality) {
        Map<Integer, Long> byPeriod = new java.util.HashMap<>();
        periods.bind(jdbc.sql("select " + whichMoment("g.searched_at") + ", count(*) from search_gap g where "
                        + eitherMoment("g.searched_at") + (locality == null ? "" : " and " + GAP_LOCALITY + " = :loc")
                        + " group by 1"))
                .param("loc", locality)
                .query((rs, n) -> byPeriod.put(rs.getInt(1), rs.getLong(2))).list();
        return Pair.of(byPeriod, 0L);
    }

    /**
     * A period's searches that found nothing, one row per exact wording and locality: the gap analysis groups
     * these further by their normalised words.
     */
    public List<GapRow> gapWordings(Instant from, Instant to, @Nullable String locality) {
        return jdbc.sql("select query_text, loc, count(*), max(searched_at) from (select g.query_text, g.searched_at, "
                        + GAP_LOCALITY + " as loc from search_gap g where g.searched_at >= :from and g.searched_at < :to) t"
                        + (locality == null ? "" : " where loc = :loc") + " group by query_text, loc")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query((rs, n) -> new GapRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    public record GapRow(String text, @Nullable String locality, long count, Instant lastSeen) {
    }
}
