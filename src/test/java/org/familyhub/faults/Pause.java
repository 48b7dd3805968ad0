package org.familyhub.faults;

import java.time.Duration;

/** Waiting in the suite: an interrupt ends the run instead of being swallowed. */
final class Pause {

    private Pause() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
