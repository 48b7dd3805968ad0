package org.familyhub.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.familyhub.shared.Usage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** Usage counted on the days from {@code from} to {@code to} inclusive, optionally for one page group. */
    public long usage(Usage.Kind kind, @Nullable String group, LocalDate from, LocalDate to, @Nullable String locality) {
        return jdbc.sql("select coalesce(sum(count), 0) from usage_count where kind = :kind and day between :from and :to"
                        + (group == null ? "" : " and page_group = :group")
                        + (locality == null ? "" : " and locality_code = :loc"))
                .param("kind", kind.name()).param("from", from).param("to", to).param("group", group)
                .param("loc", locality).query(Long.class).single();
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

    /** Requests that arrived, by kind (SELF_REFERRAL, PROFESSIONAL_REFERRAL). */
    public Map<String, Long> requestsByKind(Instant from, Instant to, @Nullable String locality) {
        return jdbc.sql("select kind, count(*) from help_request where created_at >= :from and created_at < :to"
                        + (locality == null ? "" : " and locality_code = :loc") + " group by kind")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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
     * The time from arrival to a later moment ({@code first_response_at} or {@code allocated_at}) of the requests
     * that arrived in the period: lower median and 90th percentile in seconds, and how many reached it within the
     * target's working days.
     *
     * @param dueDays for each day of arrival (Monday first), how many calendar days later the target day is
     */
    public Times times(String column, Instant from, Instant to, @Nullable String locality, int[] dueDays) {
        if (!column.equals("first_response_at") && !column.equals("allocated_at")) {
            throw new IllegalArgumentException(column);
        }
        String where = " from help_request where created_at >= :from and created_at < :to"
                + (locality == null ? "" : " and locality_code = :loc");
        StringBuilder due = new StringBuilder("case weekday(created_at)");
        for (int day = 0; day < 7; day++) {
            due.append(" when ").append(day).append(" then ").append(dueDays[day]);
        }
        due.append(" end");
        Counted counted = jdbc.sql("select count(*), coalesce(sum(" + column + " is not null), 0), coalesce(sum("
                        + column + " is not null and date(" + column + ") <= date_add(date(created_at), interval (" + due
                        + ") day)), 0)" + where)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query((rs, n) -> new Counted(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        if (counted.reached() == 0) {
            return new Times(counted.arrived(), 0, null, null, counted.withinTarget());
        }
        // PERCENTILE_DISC picks a real value: the lower middle one for the median, as RequestFigures does.
        Object[] percentiles = jdbc.sql("select distinct percentile_disc(0.5) within group (order by seconds) over (),"
                        + " percentile_disc(0.9) within group (order by seconds) over () from (select timestampdiff(second,"
                        + " created_at, " + column + ") as seconds" + where + " and " + column + " is not null) t")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Times(counted.arrived(), counted.reached(), (Long) percentiles[0], (Long) percentiles[1],
                counted.withinTarget());
    }

    private record Counted(long arrived, long reached, long withinTarget) {
    }

    /** @param medianSeconds null when none reached it */
    public record Times(long arrived, long reached, @Nullable Long medianSeconds, @Nullable Long p90Seconds,
            long withinTarget) {
    }

    /** Survey responses submitted in the period, for any survey. */
    public long feedbackReceived(Instant from, Instant to, @Nullable String locality) {
        return jdbc.sql("select count(*) from survey_response where submitted_at >= :from and submitted_at < :to"
                        + (locality == null ? "" : " and locality_code = :loc"))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query(Long.class).single();
    }

    /** How many answered one question of one survey in the period, and how many of them gave {@code value}. */
    public Share answers(String surveyCode, String questionKey, String value, Instant from, Instant to,
            @Nullable String locality) {
        return jdbc.sql("select count(distinct r.id), count(distinct case when a.answer_value = :value then r.id end)"
                        + " from survey_response r join survey s on s.id = r.survey_id and s.code = :survey"
                        + " join survey_answer a on a.response_id = r.id and a.question_key = :question"
                        + " where r.submitted_at >= :from and r.submitted_at < :to"
                        + (locality == null ? "" : " and r.locality_code = :loc"))
                .param("survey", surveyCode).param("question", questionKey).param("value", value)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2))).single();
    }

    public record Share(long of, long yes) {

        public @Nullable Double percent() {
            return of == 0 ? null : 100.0 * yes / of;
        }
    }

    /**
     * Outcome surveys answered in the period by the level of need of the request they were about: how many
     * answered both confidence questions, and how many felt more confident after the help than before.
     */
    public List<LevelCount> outcomesByLevel(String surveyCode, Instant from, Instant to, @Nullable String locality) {
        return jdbc.sql("select h.level_of_need, count(*), coalesce(sum(cast(after_.answer_value as signed)"
                        + " > cast(before_.answer_value as signed)), 0)"
                        + " from survey_response r join survey s on s.id = r.survey_id and s.code = :survey"
                        + " join survey_answer before_ on before_.response_id = r.id and before_.question_key = 'confidence_before'"
                        + " join survey_answer after_ on after_.response_id = r.id and after_.question_key = 'confidence_after'"
                        + " left join help_request h on h.id = r.subject_id"
                        + " where r.submitted_at >= :from and r.submitted_at < :to"
                        + (locality == null ? "" : " and r.locality_code = :loc") + " group by h.level_of_need")
                .param("survey", surveyCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("loc", locality)
                .query((rs, n) -> new LevelCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    public record LevelCount(@Nullable String level, long answered, long improved) {
    }

    /** Listings created, published, imported or restored in the period, each once. */
    public long listingsPublished(Instant from, Instant to, @Nullable String locality, List<String> actions) {
        return jdbc.sql("select count(distinct c.service_id) from listing_change c join service s on s.id = c.service_id"
                        + " where c.changed_at >= :from and c.changed_at < :to and c.action in (:actions)"
                        + (locality == null ? "" : " and " + SERVICE_IN_LOCALITY))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("actions", actions)
                .param("loc", locality).query(Long.class).single();
    }

    /** Active listings whose assured date lies between the two days, both included. */
    public long listingsChecked(LocalDate from, LocalDate to, @Nullable String locality) {
        return jdbc.sql("select count(*) from service s where s.status = 'active' and s.assured_date between :from and :to"
                        + (locality == null ? "" : " and " + SERVICE_IN_LOCALITY))
                .param("from", from).param("to", to).param("loc", locality).query(Long.class).single();
    }

    /** Active listings, and those checked after {@code since}. */
    public Share listingsFresh(LocalDate since, @Nullable String locality) {
        return jdbc.sql("select count(*), coalesce(sum(s.assured_date > :since), 0) from service s where s.status = 'active'"
                        + (locality == null ? "" : " and " + SERVICE_IN_LOCALITY))
                .param("since", since).param("loc", locality)
                .query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2))).single();
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

    /** Searches that found nothing in the period. */
    public long zeroResultSearches(Instant from, Instant to, @Nullable String locality) {
        return jdbc.sql("select count(*) from search_gap g where g.searched_at >= :from and g.searched_at < :to"
                        + (locality == null ? "" : " and " + GAP_LOCALITY + " = :loc"))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("loc", locality)
                .query(Long.class).single();
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
