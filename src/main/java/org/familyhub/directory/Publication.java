package org.familyhub.directory;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When a listing is shown to families: its status now, the first listed day still to come (it is held inactive
 * until then) and the last listed day (it is taken down after it). Either date may be absent.
 */
public record Publication(String name, String status, @Nullable LocalDate from, @Nullable LocalDate until) {

    /** Held back: not listed until its first day. */
    public boolean scheduled() {
        return from != null;
    }
}
