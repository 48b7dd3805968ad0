package org.familyhub.reporting.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coverage matrix's counts, each one grouped query: active services by top-level category, level of need and
 * locality (through their venues or areas), the area-wide ones, and those bunched in one town.
 */
@Repository
public class CoverageQueries {

    /** Each active service's top-level categories and levels of need, one row per pair. */
    private static final String CATEGORY_AND_LEVEL = """
            from service s
            join attribute ac on ac.link_id = s.id and ac.link_type = 'service'
            join taxonomy_term ct on ct.id = ac.taxonomy_term_id
            join taxonomy cx on cx.id = ct.taxonomy_id and cx.name = 'category'
            left join taxonomy_term cp on cp.id = ct.parent_id
            join attribute al on al.link_id = s.id and al.link_type = 'service'
            join taxonomy_term lt on lt.id = al.taxonomy_term_id
            join taxonomy lx on lx.id = lt.taxonomy_id and lx.name = 'level-of-need'
            """;

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param place a locality code, or a town name for {@link #bunched} */
    public record Cell(String category, String level, String place, long services) {
    }

    /**
     * Active services with a venue or an area in each locality, by top-level category and level of need. Each way
     * into a locality is its own indexed join; the union removes a service found both ways before counting.
     */
    public List<Cell> byLocality(@Nullable String locality) {
        String select = "select coalesce(cp.code, ct.code) as category, lt.code as level, l.code as place, s.id as sid "
                + CATEGORY_AND_LEVEL;
        String only = locality == null ? "" : " and l.code = :loc";
        return jdbc.sql("select category, level, place, count(distinct sid) from (" + select
                        + " join service_at_location sal on sal.service_id = s.id join location lo on lo.id = sal.location_id"
                        + " join locality l on l.id = lo.locality_id where s.status = 'active'" + only
                        + " union " + select
                        + " join service_area sa on sa.service_id = s.id join locality l on l.id = sa.locality_id"
                        + " where s.status = 'active'" + only + ") t group by category, level, place")
                .param("loc", locality)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    /** Active services offered to the whole area (an area without a locality), by category and level. */
    public List<Cell> areaWide() {
        return jdbc.sql("select coalesce(cp.code, ct.code), lt.code, '', count(distinct s.id) " + CATEGORY_AND_LEVEL
                        + " where s.status = 'active' and exists (select 1 from service_area sa where sa.service_id = s.id"
                        + " and sa.locality_id is null) group by coalesce(cp.code, ct.code), lt.code")
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), "", rs.getLong(4))).list();
    }

    /** Category, level and town with at least {@code threshold} active services at venues in that town. */
    public List<Cell> bunched(int threshold, @Nullable String locality) {
        return jdbc.sql("select coalesce(cp.code, ct.code), lt.code, t.name, count(distinct s.id) " + CATEGORY_AND_LEVEL
                        + """
                        join service_at_location sal on sal.service_id = s.id
                        join location lo on lo.id = sal.location_id
                        join town t on t.id = lo.town_id
                        join locality l on l.id = t.locality_id
                        where s.status = 'active'""" + (locality == null ? "" : " and l.code = :loc")
                        + " group by coalesce(cp.code, ct.code), lt.code, t.name having count(distinct s.id) >= :threshold"
                        + " order by count(distinct s.id) desc")
                .param("loc", locality).param("threshold", threshold)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }
}
