package org.familyhub.frontdoor;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an inbox page shows: nulls narrow nothing. A reference is found however it is typed (spaces, dashes,
 * small letters, with or without "FH").
 *
 * @param page from 1; a page past the last gives the last
 */
public record InboxFilter(@Nullable RequestStatus status, @Nullable Urgency urgency, @Nullable String locality,
        @Nullable UUID service, boolean overdue, @Nullable String reference, InboxSort sort, int page) {

    public static final int PAGE_SIZE = 20;

    /** Everything, oldest first, the first page: the inbox as it opens. */
    public static InboxFilter everything() {
        return new InboxFilter(null, null, null, null, false, null, InboxSort.OLDEST, 1);
    }

    /** The reference as stored ({@code FH-7K3Q-9P2M}), or the text as typed when it cannot be one. */
    static @Nullable String normalisedReference(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return org.familyhub.shared.SpokenReferences.normalised(typed, "FH").filter(found -> found.startsWith("FH-"))
                .orElse(typed.strip());
    }
}
