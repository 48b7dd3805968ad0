package org.familyhub.directory.feed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The report of one pull or upload: the counts per outcome for every record, a line per record for the first
 * {@value #MAX_LINES} (rejected ones first, so what needs fixing is never cut off; {@code truncated} says when
 * lines were left out), and the status ({@code ok}, {@code partial} when records were rejected, {@code failed}
 * when the feed could not be read). The cap keeps the stored report within its column however large the feed.
 */
public record FeedReport(UUID sourceId, String source, String mode, String startedAt, String status,
        @Nullable String error, Map<String, Integer> counts, List<RecordOutcome> records, boolean truncated) {

    static final int MAX_LINES = 1000;

    static FeedReport of(UUID sourceId, String source, String mode, String startedAt, @Nullable String error,
            List<RecordOutcome> records) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        String status = error != null ? "failed" : counts.containsKey(RecordOutcome.REJECTED) ? "partial" : "ok";
        List<RecordOutcome> lines = records.size() <= MAX_LINES ? List.copyOf(records) : records.stream()
                .sorted(Comparator.comparing(r -> !r.outcome().equals(RecordOutcome.REJECTED)))
                .limit(MAX_LINES).toList();
        return new FeedReport(sourceId, source, mode, startedAt, status, error, counts, lines,
                records.size() > MAX_LINES);
    }

    public List<RecordOutcome> withOutcome(String outcome) {
        return records.stream().filter(r -> r.outcome().equals(outcome)).toList();
    }
}
