package org.familyhub.search;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.familyhub.shared.Remembered;

/**
 * Searches answered in the last few seconds, kept so that the same search asked again costs the engine nothing: the
 * next visitor to a search the home page links to, a popular search at the start of the school holidays, a parent
 * coming back from a service to the results. The same idea as a search engine's query result cache (Solr keeps one
 * by default; Elasticsearch keeps only counts and facets), for the whole answer: the hits, the facet counts, the
 * spelling and the reading of the words.
 * <p>
 * An answer is used again only while the index is as it was: not when this node has written to the index since the
 * search began, nor within {@link #SETTLE} after a write (the engine shows a write within a second), nor once
 * {@code keptFor} has passed (another node's writes, and the clock: an answer is kept for one minute of it at most,
 * as "open now" and the courses with places depend on the moment). A search the engine could not answer is never
 * kept. Bounded to {@value #MOST} answers, the least recently asked dropped first.
 */
final class KeptResults {

    /** Longer than the engine's refresh interval (1 s), so an answer is never kept from before a write was visible. */
    static final long SETTLE = Duration.ofSeconds(2).toNanos();
    static final int MOST = 500;

    /** @param minute the clock's minute the search was asked in: a result holds for the moment it was worked out */
    record Key(SearchQuery query, ServiceSearchRequest.Purpose purpose, Instant minute) {
    }

    private record Kept(SearchResults results, long startedNanos) {
    }

    private final long keptNanos;
    private final LongSupplier lastWrittenNanos;
    private final LongSupplier nanoTime;
    private final Remembered<Key, Kept> kept = new Remembered<>(MOST);

    /**
     * @param keptFor          how long an answer is used again; zero keeps none
     * @param lastWrittenNanos {@link System#nanoTime()} of this node's last write to the index
     */
    KeptResults(Duration keptFor, LongSupplier lastWrittenNanos) {
        this(keptFor, lastWrittenNanos, System::nanoTime);
    }

    KeptResults(Duration keptFor, LongSupplier lastWrittenNanos, LongSupplier nanoTime) {
        this.keptNanos = keptFor.toNanos();
        this.lastWrittenNanos = lastWrittenNanos;
        this.nanoTime = nanoTime;
    }

    /** The answer kept for this search, else the search's own, kept when it began after the index had settled. */
    SearchResults get(Key key, Supplier<SearchResults> search) {
        if (keptNanos <= 0) {
            return search.get();
        }
        long started = nanoTime.getAsLong();
        Kept found = kept.get(key);
        if (found != null && usable(found.startedNanos(), started)) {
            return found.results();
        }
        SearchResults results = search.get();
        if (usable(started, nanoTime.getAsLong())) {
            kept.put(key, new Kept(results, started));
        }
        return results;
    }

    private boolean usable(long startedNanos, long now) {
        return startedNanos - lastWrittenNanos.getAsLong() > SETTLE && now - startedNanos < keptNanos;
    }

    /** Forgets every answer kept (the names of places changed; a benchmark timing the engine). */
    void forget() {
        kept.clear();
    }
}
