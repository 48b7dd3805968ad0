package org.familyhub.search;

import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.familyhub.search.index.ServiceIndex;

/** Waits for the asynchronous indexer, which runs after each change commits. */
final class SearchIndexFixture {

    private SearchIndexFixture() {
    }

    static void awaitIndex(ServiceIndex index, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            index.refresh();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The index did not catch up within " + timeout);
    }

    static <T> boolean sameSet(Set<T> a, Set<T> b) {
        return a.equals(b);
    }
}
