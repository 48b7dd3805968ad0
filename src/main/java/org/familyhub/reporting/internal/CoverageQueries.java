package org.familyhub.reporting.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coverage matrix's counts, each one GROUP BY over {@code service_coverage} (kept by {@link ServiceCoverage}):
 * active services by top-level category, level of need and locality (through their venues or areas), the
 * area-wide ones, and those bunched in one town. A service reached several ways is counted once.
 */
@Repository
public class CoverageQueries {

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param place a locality code, or a town name for {@link #bunched} */
    public record Cell(String category, String level, String place, long services) {
    }

    /** Active services with a venue or an area in each locality, by top-level category and level of need. */
    public List<Cell> byLocality(@Nullable String locality) {
        return jdbc.sql("select category, level, locality, count(distinct service_id) from service_coverage"
                        + (locality == null ? " where locality <> ''" : " where locality = :loc")
                        + " group by locality, category, level")
                .param("loc", locality)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    /** Active services offered to the whole area (an area without a locality), by category and level. */
    public List<Cell> areaWide() {
        return jdbc.sql("select category, level, count(distinct service_id) from service_coverage"
                        + " where locality = '' group by category, level")
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), "", rs.getLong(3))).list();
    }

    /** Category, level and town with at least {@code threshold} active services at venues in that town. */
    public List<Cell> bunched(int threshold, @Nullable String locality) {
        return jdbc.sql("select category, level, town, count(distinct service_id) from service_coverage"
                        + " where town <> ''" + (locality == null ? "" : " and locality = :loc")
                        + " group by town, category, level having count(distinct service_id) >= :threshold"
                        + " order by count(distinct service_id) desc, town, category, level")
                .param("loc", locality).param("threshold", threshold)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }
}
