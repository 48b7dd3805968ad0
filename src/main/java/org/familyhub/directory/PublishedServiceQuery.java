package org.familyhub.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.directory.OpenReferralCatalogue.Near;
import org.familyhub.directory.OpenReferralCatalogue.ServiceFilter;
import org.familyhub.shared.Distance;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which published services, and which of their venues, the Open Referral filters match: ids only, counted
 * and read a page at a time in the database, so a list of 100,000 services never passes through memory. The
 * SQL is built from the filters that are set, so each query holds only the conditions it needs.
 */
@Component
class PublishedServiceQuery {

    /** Closed by {@link Where#inTerm}, after any other module's services with the term. */
    private static final String IN_TERM = """
             and (exists (select 1 from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                          where a.link_type = 'service' and a.link_id = s.id
                            and (t.id = cast(:term as uuid) or t.parent_id = cast(:term as uuid)))
                  or exists (select 1 from service_at_location x join location xl on xl.id = x.location_id
                             where x.service_id = s.id and xl.locality_id = cast(:term as uuid))
                  or exists (select 1 from service_area r where r.service_id = s.id
                             and (r.locality_id = cast(:term as uuid) or r.locality_id is null
                                  and exists (select 1 from locality k where k.id = cast(:term as uuid))))""";

    /** Closed by {@link Where#inTerm}, after any other module's services with a term of the taxonomy. */
    private static final String IN_TAXONOMY = """
             and (exists (select 1 from attribute b join taxonomy_term u on u.id = b.taxonomy_term_id
                          where b.link_type = 'service' and b.link_id = s.id
                            and u.taxonomy_id = cast(:taxonomy as uuid))""";

    /** Every venue has a locality, and a service area is in one or covers them all. */
    private static final String IN_ANY_LOCALITY = """
             and (exists (select 1 from service_at_location y where y.service_id = s.id)
                  or exists (select 1 from service_area z where z.service_id = s.id))""";

    /** The great-circle distance in km, as {@link Distance#km} measures it. */
    private static final String DISTANCE = "2 * " + Distance.EARTH_RADIUS_KM
            + " * asin(sqrt(power(sin(radians(l.latitude - :lat) / 2), 2) + cos(radians(:lat))"
            + " * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2)))";

    private static final String SERVICE_AT_LOCATIONS = " from service_at_location sal join service s on s.id = sal.service_id"
            + " join location l on l.id = sal.location_id where ";

    private final JdbcClient jdbc;
    private final ObjectProvider<ServiceAttributeSource> otherAttributes;

    PublishedServiceQuery(JdbcClient jdbc, ObjectProvider<ServiceAttributeSource> otherAttributes) {
        this.jdbc = jdbc;
        this.otherAttributes = otherAttributes;
    }

    /**
     * The filter's conditions, with the services other modules publish attributes of the asked term or taxonomy
     * for (the childcare facts, the Local Offer answers): they are attributes in the API, so the filters find them.
     */
    private Where where(ServiceFilter filter) {
        String withTerm = "";
        String withTaxonomy = "";
        if (filter.taxonomyTermId() != null) {
            withTerm = jdbc.sql("""
                    select x.name, t.code from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id
                    where t.id = cast(? as uuid)""").param(filter.taxonomyTermId().toString())
                    .query((rs, n) -> others(rs.getString(1), rs.getString(2))).optional().orElse("");
        }
        if (filter.taxonomyId() != null) {
            withTaxonomy = jdbc.sql("select name from taxonomy where id = cast(? as uuid)")
                    .param(filter.taxonomyId().toString()).query(String.class).optional()
                    .map(name -> others(name, null)).orElse("");
        }
        return Where.of(filter, withTerm, withTaxonomy);
    }

    private String others(String taxonomy, @Nullable String termCode) {
        StringBuilder sql = new StringBuilder();
        otherAttributes.orderedStream().map(source -> source.servicesWith(taxonomy, termCode))
                .flatMap(Optional::stream).forEach(ids -> sql.append(" or s.id in (").append(ids).append(")"));
        return sql.toString();
    }

    long countServices(ServiceFilter filter) {
        Where where = where(filter);
        return bind(jdbc.sql("select count(*) from service s where " + where.sql), where.params)
                .query(Long.class).single();
    }

    /** A page of the matching services' ids by name; all of them when {@code limit} is null. */
    List<UUID> serviceIds(ServiceFilter filter, long offset, @Nullable Integer limit) {
        Where where = where(filter);
        String page = limit == null ? "" : " limit " + limit + " offset " + offset;
        return ids(bind(jdbc.sql("select s.id from service s where " + where.sql + " order by s.name, s.id" + page),
                where.params));
    }

    /** Which of the given services the filter matches (in no particular order). */
    List<UUID> matchingAmong(ServiceFilter filter, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        Where where = where(filter).and(" and s.id in (:ids)", "ids", strings(serviceIds));
        return ids(bind(jdbc.sql("select s.id from service s where " + where.sql), where.params));
    }

    long countServiceAtLocations(ServiceFilter filter, @Nullable Near near) {
        Where where = where(filter).near(near);
        return bind(jdbc.sql("select count(*)" + SERVICE_AT_LOCATIONS + where.sql), where.params)
                .query(Long.class).single();
    }

    /** A page of the matching venues' ids: nearest first with {@code near}, otherwise by service name. */
    List<UUID> serviceAtLocationIds(ServiceFilter filter, @Nullable Near near, long offset, int limit) {
        Where where = where(filter).near(near);
        String order = (near == null ? " order by " : " order by " + DISTANCE + ", ") + "s.name, s.id, sal.id";
        return ids(bind(jdbc.sql("select sal.id" + SERVICE_AT_LOCATIONS + where.sql + order
                + " limit " + limit + " offset " + offset), where.params));
    }

    /**
     * The venues of the given services (a search's hits, so a bounded few), in the services' order, or
     * nearest first with {@code near}.
     */
    List<UUID> serviceAtLocationIdsOf(List<UUID> serviceIds, @Nullable Near near) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        Where where = Where.of(ServiceFilter.none(), "", "").near(near)
                .and(" and s.id in (:ids)", "ids", strings(serviceIds));
        String order = near == null ? " order by s.id, sal.id" : " order by " + DISTANCE + ", s.id, sal.id";
        List<String[]> rows = bind(jdbc.sql("select sal.id, s.id" + SERVICE_AT_LOCATIONS + where.sql + order),
                where.params).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (near != null) {
            return rows.stream().map(row -> UUID.fromString(row[0])).toList();
        }
        Map<String, Integer> rank = new HashMap<>();
        serviceIds.forEach(id -> rank.putIfAbsent(id.toString(), rank.size()));
        return rows.stream().sorted(Comparator.comparingInt(row -> rank.get(row[1])))
                .map(row -> UUID.fromString(row[0])).toList();
    }

    /** When each of the given published services last changed, by id. */
    Map<UUID, Instant> lastModified(Collection<UUID> serviceIds) {
        Map<UUID, Instant> found = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            jdbc.sql("select id, last_modified from service where status = 'active' and id in (:ids)")
                    .param("ids", strings(serviceIds))
                    .query((rs, n) -> found.put(UUID.fromString(rs.getString(1)), rs.getTimestamp(2).toInstant()))
                    .list();
        }
        return found;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Map<String, Object> params) {
        JdbcClient.StatementSpec bound = statement;
        for (Map.Entry<String, Object> param : params.entrySet()) {
            bound = bound.param(param.getKey(), param.getValue());
        }
        return bound;
    }

    private static List<UUID> ids(JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    private static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).distinct().toList();
    }

    /** The conditions of a query and their values. */
    private record Where(String sql, Map<String, Object> params) {

        /**
         * @param withTerm     {@code or s.id in (…)} for each other module's services with the asked term, or ""
         * @param withTaxonomy the same for the asked taxonomy
         */
        static Where of(ServiceFilter filter, String withTerm, String withTaxonomy) {
            Where where = new Where("s.status = '" + OpenReferralCatalogue.PUBLISHED + "'", Map.of());
            if (filter.organizationId() != null) {
                where = where.and(" and s.organization_id = cast(:organization as uuid)", "organization",
                        filter.organizationId().toString());
            }
            if (filter.modifiedAfter() != null) {
                // "modified on or after" (HSDS 3.0), so the bound itself is included.
                where = where.and(" and s.last_modified >= :modifiedAfter", "modifiedAfter",
                        Timestamp.from(filter.modifiedAfter()));
            }
            if (filter.minimumAge() != null) {
                where = where.and(" and s.minimum_age >= :minimumAge", "minimumAge", filter.minimumAge());
            }
            if (filter.maximumAge() != null) {
                where = where.and(" and s.maximum_age <= :maximumAge", "maximumAge", filter.maximumAge());
            }
            if (filter.taxonomyTermId() != null) {
                where = where.and(IN_TERM + withTerm + ")", "term", filter.taxonomyTermId().toString());
            }
            if (OpenReferralMapping.LOCALITY_TAXONOMY_ID.equals(filter.taxonomyId())) {
                where = where.and(IN_ANY_LOCALITY, null, null);
            } else if (filter.taxonomyId() != null) {
                where = where.and(IN_TAXONOMY + withTaxonomy + ")", "taxonomy", filter.taxonomyId().toString());
            }
            return where;
        }

        /** Only venues with a place on the map, within {@code maxKm} when it is set. */
        Where near(@Nullable Near near) {
            if (near == null) {
                return this;
            }
            Where where = and(" and l.latitude is not null and l.longitude is not null", "lat", near.latitude())
                    .and("", "lon", near.longitude());
            return near.maxKm() == null ? where : where.and(" and " + DISTANCE + " <= :maxKm", "maxKm", near.maxKm());
        }

        Where and(String condition, @Nullable String name, @Nullable Object value) {
            Map<String, Object> params = new HashMap<>(this.params);
            if (name != null && value != null) {
                params.put(name, value);
            }
            return new Where(sql + condition, params);
        }
    }
}
