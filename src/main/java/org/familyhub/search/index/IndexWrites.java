package org.familyhub.search.index;

import org.springframework.stereotype.Component;

/**
 * When this node last wrote to the search index (a service's document, a week of meetings, a rebuilt index taken into
 * use): results worked out before then, or so soon after that the engine may not show the write yet, are not used
 * again ({@code SearchService}'s kept results).
 */
@Component
public class IndexWrites {

    private volatile long lastWrittenNanos = System.nanoTime();

    /** Called once a write has been sent, whether the engine took all of it or not. */
    void written() {
        lastWrittenNanos = System.nanoTime();
    }

    /** {@link System#nanoTime()} of the last write. */
    public long lastWrittenNanos() {
        return lastWrittenNanos;
    }
}
