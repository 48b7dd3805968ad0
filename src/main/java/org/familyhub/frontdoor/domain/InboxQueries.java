package org.familyhub.frontdoor.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.frontdoor.Outcome;
import org.familyhub.frontdoor.RequestKind;
import org.familyhub.frontdoor.RequestStatus;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.shared.SqlLike;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox read as a work queue: one page of the requests a user may see, filtered and sorted in the
 * database, with how many there are in all and per status. A council's inbox holds thousands; nothing here
 * reads more rows than a page and its counts.
 */
@Repository
public class InboxQueries {

    private static final String COLUMNS = "id, reference, kind, status, locality_code, service_id, service_name, team,"
            + " safeguarding, urgency, created_at, family_name, outcome, first_response_at, allocated_at";

    private final JdbcClient jdbc;

    InboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whose requests: the front door's localities (childcare brokerage only once flagged as safeguarding), one
     * provider organisation's, and for the Family Information Service every brokerage request. Empty sees nothing.
     */
    public record Scope(Collection<String> frontDoorLocalities, @Nullable UUID organisation, boolean brokerage) {

        boolean none() {
            return frontDoorLocalities.isEmpty() && organisation == null && !brokerage;
        }
    }

    /**
     * What to narrow to; nulls narrow nothing. Overdue means open and past its target: not yet answered and
     * arrived before {@code respondCutoff}, or answered, not yet with a named worker and arrived before
     * {@code allocateCutoff}.
     */
    public record Filter(@Nullable RequestStatus status, @Nullable Urgency urgency, @Nullable String locality,
            @Nullable UUID service, @Nullable String reference, boolean overdue, Instant respondCutoff,
            Instant allocateCutoff) {
    }

    /** How to order within the safeguarding concerns, which always come first, and then the rest. */
    public enum Order {
        OLDEST,
        /** By the day the next target falls (see {@link #dueSql}); requests with no target left last. */
        DUE,
        URGENCY
    }

    public record Row(UUID id, String reference, RequestKind kind, RequestStatus status, String localityCode,
            @Nullable UUID serviceId, @Nullable String serviceName, @Nullable String team, boolean safeguarding,
            @Nullable Urgency urgency, Instant createdAt, @Nullable String familyName, @Nullable Outcome outcome,
            @Nullable Instant firstResponseAt, @Nullable Instant allocatedAt) {
    }

    public record ServiceRow(UUID id, String name) {
    }

    public List<Row> page(Scope scope, Filter filter, Order order, int[] respondDue, int[] allocateDue, int offset,
            int limit) {
        if (scope.none()) {
            return List.of();
        }
        Where where = where(scope, filter, true);
        String orderBy = switch (order) {
            case OLDEST -> "";
            case DUE -> dueSql(respondDue, allocateDue) + " is null, " + dueSql(respondDue, allocateDue) + ", ";
            case URGENCY -> "case urgency when 'URGENT' then 0 when 'SOON' then 1 when 'ROUTINE' then 2 else 3 end, ";
        };
        where.params.put("limit", limit);
        where.params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + " from help_request where " + where.sql
                        + " order by safeguarding desc, " + orderBy + "created_at, id limit :limit offset :offset")
                .params(where.params).query(InboxQueries::row).list();
    }

    public long count(Scope scope, Filter filter) {
        if (scope.none()) {
            return 0;
        }
        Where where = where(scope, filter, true);
        return jdbc.sql("select count(*) from help_request where " + where.sql).params(where.params)
                .query(Long.class).single();
    }

    /** How many requests each status holds, under every filter but the status one. */
    public Map<RequestStatus, Long> countByStatus(Scope scope, Filter filter) {
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        if (scope.none()) {
            return counts;
        }
        Where where = where(scope, filter, false);
        jdbc.sql("select status, count(*) from help_request where " + where.sql + " group by status")
                .params(where.params)
                .query(rs -> {
                    counts.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The services the user's requests were asked about or passed to, by name, one page of those matching. */
    public List<ServiceRow> services(Scope scope, String nameContains, int offset, int limit) {
        if (scope.none()) {
            return List.of();
        }
        Where where = where(scope, null, false);
        where.params.put("name", SqlLike.containing(nameContains));
        where.params.put("limit", limit);
        where.params.put("offset", offset);
        return jdbc.sql("select service_id, min(service_name) as name from help_request where " + where.sql
                        + " and service_id is not null and service_name like :name group by service_id"
                        + " order by name, service_id limit :limit offset :offset")
                .params(where.params)
                .query((rs, n) -> new ServiceRow(UUID.fromString(rs.getString(1)), rs.getString(2))).list();
    }

    /**
     * SQL for the day the next target falls, counted from the day of arrival as the report card counts it: the
     * first response while there is none, then allocation to a named worker; none once allocated or closed.
     */
    static String dueSql(int[] respondDue, int[] allocateDue) {
        return "(case when status = 'CLOSED' or allocated_at is not null then null"
                + " when first_response_at is null then date_add(date(created_at), interval (" + byWeekday(respondDue)
                + ") day) else date_add(date(created_at), interval (" + byWeekday(allocateDue) + ") day) end)";
    }

    private static String byWeekday(int[] days) {
        StringBuilder sql = new StringBuilder("case weekday(created_at)");
        for (int day = 0; day < 7; day++) {
            sql.append(" when ").append(day).append(" then ").append(days[day]);
        }
        return sql.append(" end").toString();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, @Nullable Filter filter, boolean withStatus) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> whose = new ArrayList<>();
        if (!scope.frontDoorLocalities().isEmpty()) {
            whose.add("(locality_code in (:localities) and (kind <> 'CHILDCARE_BROKERAGE' or safeguarding))");
            params.put("localities", List.copyOf(scope.frontDoorLocalities()));
        }
        if (scope.organisation() != null) {
            whose.add("organisation_id = :organisation");
            params.put("organisation", scope.organisation());
        }
        if (scope.brokerage()) {
            whose.add("kind = 'CHILDCARE_BROKERAGE'");
        }
        StringBuilder sql = new StringBuilder("(" + String.join(" or ", whose) + ")");
        if (filter == null) {
            return new Where(sql.toString(), params);
        }
        if (withStatus && filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.urgency() != null) {
            sql.append(" and urgency = :urgency");
            params.put("urgency", filter.urgency().name());
        }
        if (filter.locality() != null) {
            sql.append(" and locality_code = :locality");
            params.put("locality", filter.locality());
        }
        if (filter.service() != null) {
            sql.append(" and service_id = :service");
            params.put("service", filter.service());
        }
        if (filter.reference() != null) {
            sql.append(" and reference = :reference");
            params.put("reference", filter.reference());
        }
        if (filter.overdue()) {
            sql.append(" and status <> 'CLOSED' and ((first_response_at is null and created_at < :respondCutoff)"
                    + " or (first_response_at is not null and allocated_at is null and created_at < :allocateCutoff))");
            params.put("respondCutoff", Timestamp.from(filter.respondCutoff()));
            params.put("allocateCutoff", Timestamp.from(filter.allocateCutoff()));
        }
        return new Where(sql.toString(), params);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String service = rs.getString("service_id");
        String urgency = rs.getString("urgency");
        String outcome = rs.getString("outcome");
        return new Row(UUID.fromString(rs.getString("id")), rs.getString("reference"),
                RequestKind.valueOf(rs.getString("kind")), RequestStatus.valueOf(rs.getString("status")),
                rs.getString("locality_code"), service == null ? null : UUID.fromString(service),
                rs.getString("service_name"), rs.getString("team"), rs.getBoolean("safeguarding"),
                urgency == null ? null : Urgency.valueOf(urgency), rs.getTimestamp("created_at").toInstant(),
                rs.getString("family_name"), outcome == null ? null : Outcome.valueOf(outcome),
                instant(rs.getTimestamp("first_response_at")), instant(rs.getTimestamp("allocated_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
