package org.familyhub.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.familyhub.directory.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Searches that found nothing, with their filters: the gap report's evidence of unmet need. */
@Service
public class ZeroResultSearches {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Clock clock;

    ZeroResultSearches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stored on its own, so recording a gap never fails a search that is under way. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SearchQuery query) {
        jdbc.sql("insert into search_gap (query_text, filters, searched_at) values (?, ?, ?)")
                .params(query.text(), JSON.writeValueAsString(filters(query)), clock.instant())
                .update();
    }

    public record Gap(String query, String filters) {
    }

    @Transactional(readOnly = true)
    public List<Gap> recent(int limit) {
        return jdbc.sql("select query_text, filters from search_gap order by searched_at desc, id desc limit ?")
                .param(limit).query((rs, n) -> new Gap(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * Deletes the searches recorded before the cut-off: what a family typed may name them, so it is kept only
     * as long as the retention purge allows. Answers how many were deleted.
     */
    @Transactional
    public int forgetBefore(Instant cutoff) {
        return jdbc.sql("delete from search_gap where searched_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static Map<String, Object> filters(SearchQuery query) {
        Map<String, Object> filters = new TreeMap<>();
        putIfAny(filters, "locality", query.localities());
        putIfAny(filters, "town", query.towns());
        putIfAny(filters, "category", query.categories());
        putIfAny(filters, "level", query.levels());
        putIfAny(filters, "delivery", query.delivery());
        putIfAny(filters, "day", query.days());
        putIfAny(filters, "time", query.times());
        putIfAny(filters, "send", query.send());
        putIfAny(filters, "language", query.languages());
        putIfAny(filters, "accessibility", query.accessibility());
        if (query.age() != null) {
            filters.put("age", query.age());
        }
        if (query.freeOnly()) {
            filters.put("free", true);
        }
        if (query.postcode() != null) {
            // The district only: a full postcode can identify a household.
            Postcode.parse(query.postcode()).ifPresent(p -> filters.put("postcode_district", p.district()));
        }
        if (query.radiusKm() != null) {
            filters.put("radius_km", query.radiusKm());
        }
        return filters;
    }

    private static void putIfAny(Map<String, Object> filters, String key, Set<String> values) {
        if (!values.isEmpty()) {
            filters.put(key, values.stream().sorted().toList());
        }
    }
}
