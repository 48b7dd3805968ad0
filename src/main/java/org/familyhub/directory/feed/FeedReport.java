package org.familyhub.directory.feed;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The report of one pull or upload: a line per record, the counts per outcome, and the status
 * ({@code ok}, {@code partial} when records were rejected, {@code failed} when the feed could not be read).
 */
public record FeedReport(UUID sourceId, String source, String mode, String startedAt, String status,
        @Nullable String error, Map<String, Integer> counts, List<RecordOutcome> records) {

    static FeedReport of(UUID sourceId, String source, String mode, String startedAt, @Nullable String error,
            List<RecordOutcome> records) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        String status = error != null ? "failed" : counts.containsKey(RecordOutcome.REJECTED) ? "partial" : "ok";
        return new FeedReport(sourceId, source, mode, startedAt, status, error, counts, List.copyOf(records));
    }

    public List<RecordOutcome> withOutcome(String outcome) {
        return records.stream().filter(r -> r.outcome().equals(outcome)).toList();
    }
}
