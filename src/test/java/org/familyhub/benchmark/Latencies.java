package org.familyhub.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Timings collected by a benchmark, in nanoseconds, and their percentiles in milliseconds. */
public final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    public synchronized void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    public synchronized void addAll(Collection<Long> elapsedNanos) {
        nanos.addAll(elapsedNanos);
    }

    public synchronized int count() {
        return nanos.size();
    }

    /** The p-th percentile (nearest rank) in milliseconds; 0 when nothing was timed. */
    public synchronized double percentileMs(double p) {
        return percentile(nanos, p) / 1e6;
    }

    /** "p50 … p95 … p99 …" in milliseconds. */
    public String summary() {
        return String.format(Locale.ROOT, "p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms", percentileMs(50),
                percentileMs(95), percentileMs(99));
    }

    /** The p-th percentile (nearest rank) of the values, in their own unit; 0 for none. */
    public static double percentile(List<Long> values, double p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }
}
