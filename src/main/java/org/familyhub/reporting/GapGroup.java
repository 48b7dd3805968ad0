package org.familyhub.reporting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Searches that found nothing with the same normalised words ({@link SearchWords}).
 *
 * @param wordings   up to three of the exact wordings, most frequent first
 * @param localities the names of the localities the searches were about (chosen, postcode district or place
 *                   words); empty when none was recorded
 */
public record GapGroup(String words, List<String> wordings, long count, List<String> localities, Instant lastSeen,
        @Nullable GapVerdict verdict) {

    public GapGroup {
        wordings = List.copyOf(wordings);
        localities = List.copyOf(localities);
    }
}
