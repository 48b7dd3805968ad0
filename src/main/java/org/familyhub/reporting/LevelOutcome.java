package org.familyhub.reporting;

import org.familyhub.directory.LevelOfNeed;
import org.jspecify.annotations.Nullable;

/**
 * Outcome surveys answered in the period for requests at one level of need.
 *
 * @param level null for surveys whose request had no level recorded
 */
public record LevelOutcome(@Nullable LevelOfNeed level, long answered, long improved) {

    /** 0 to 100; null when nobody answered. */
    public @Nullable Double improvedShare() {
        return answered == 0 ? null : 100.0 * improved / answered;
    }
}
