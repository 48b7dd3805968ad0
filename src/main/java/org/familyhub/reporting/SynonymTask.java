package org.familyhub.reporting;

import java.time.Instant;

/** A missing synonym a manager found in the searches that found nothing: for editors to add to the search. */
public record SynonymTask(String words, String markedBy, Instant markedAt) {
}
