package org.familyhub.reporting;

import java.util.List;

import org.familyhub.directory.LevelOfNeed;

/**
 * The coverage matrix: for each top-level category and locality, the active services at each level of need, the
 * area-wide services families there can also use, and the demand seen in the period; and where services of one
 * category and level bunch in one town.
 */
public record Coverage(Period period, List<Row> rows, List<Bunch> bunched, int duplicationThreshold) {

    public Coverage {
        rows = List.copyOf(rows);
        bunched = List.copyOf(bunched);
    }

    /**
     * @param services   active services with a venue or area in the locality, per level of need (1 to 4)
     * @param areaWide   active services for the whole area, per level of need
     * @param searches   searches in the period for the category in the locality
     * @param requests   requests for help in the period naming the category, in the locality
     */
    public record Row(String categoryCode, String categoryName, String localityCode, String localityName,
            long[] services, long[] areaWide, long searches, long requests) {

        public long services(LevelOfNeed level) {
            return services[level.ordinal()];
        }

        /** No local service at this level. */
        public boolean empty(LevelOfNeed level) {
            return services[level.ordinal()] == 0;
        }
    }

    /** {@code services} active services of one category and level at venues in one town. */
    public record Bunch(String categoryName, LevelOfNeed level, String town, long services) {
    }
}
