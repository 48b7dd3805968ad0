package org.familyhub.localoffer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A "You said, we did" entry as the public page shows it. */
public record PublishedResponse(String youSaid, LocalDate receivedOn, String weDid, Instant publishedAt) {

    /** One page of entries, newest first. */
    public record Page(List<PublishedResponse> entries, int page, int size, long total) {

        public Page {
            entries = List.copyOf(entries);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
