package org.familyhub.directory.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Every pull or upload of a feed with its report, newest first, for the administrators' feed screen. Each feed keeps
 * its newest {@value #KEPT}: a report names the publisher's records, not families, but there is no use in more.
 */
@Component
class FeedPulls {

    static final int KEPT = 30;

    private final JdbcClient jdbc;

    FeedPulls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(FeedReport report, Instant finishedAt) {
        jdbc.sql("""
                insert into feed_pull (id, feed_source_id, started_at, finished_at, mode, status, counts, report)
                values (:id, :feed, :started, :finished, :mode, :status, :counts, :report)""")
                .param("id", UUID.randomUUID()).param("feed", report.sourceId())
                .param("started", Timestamp.from(Instant.parse(report.startedAt())))
                .param("finished", Timestamp.from(finishedAt)).param("mode", report.mode())
                .param("status", report.status()).param("counts", FeedRecords.JSON.writeValueAsString(report.counts()))
                .param("report", FeedRecords.JSON.writeValueAsString(report)).update();
        List<UUID> older = jdbc.sql("""
                select id from feed_pull where feed_source_id = :feed order by started_at desc, id
                limit 1000 offset :kept""").param("feed", report.sourceId()).param("kept", KEPT)
                .query(UUID.class).list();
        if (!older.isEmpty()) {
            jdbc.sql("delete from feed_pull where id in (:ids)").param("ids", older).update();
        }
    }

    List<FeedImport.Pull> newest(UUID feedId, int limit) {
        return jdbc.sql("""
                select id, started_at, finished_at, mode, status, counts from feed_pull
                where feed_source_id = :feed order by started_at desc, id limit :limit""")
                .param("feed", feedId).param("limit", limit)
                .query((row, n) -> new FeedImport.Pull(row.getObject("id", UUID.class),
                        row.getTimestamp("started_at").toInstant(), row.getTimestamp("finished_at").toInstant(),
                        row.getString("mode"), row.getString("status"), counts(row.getString("counts"))))
                .list();
    }

    Optional<FeedReport> report(UUID feedId, UUID pullId) {
        return jdbc.sql("select report from feed_pull where id = :id and feed_source_id = :feed")
                .param("id", pullId).param("feed", feedId).query(String.class).optional()
                .map(json -> FeedRecords.JSON.readValue(json, FeedReport.class));
    }

    private static Map<String, Integer> counts(String json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try {
            FeedRecords.JSON.readTree(json).properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        } catch (JacksonException e) {
            // an unreadable row only loses its counts
        }
        return counts;
    }
}
