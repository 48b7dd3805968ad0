package org.familyhub.directory.feed;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What happened to one record of a feed: added, updated, unchanged, retired or rejected, and why. */
public record RecordOutcome(@Nullable String id, @Nullable String name, String outcome, List<String> reasons) {

    public static final String ADDED = "added";
    public static final String UPDATED = "updated";
    public static final String UNCHANGED = "unchanged";
    public static final String RETIRED = "retired";
    public static final String REJECTED = "rejected";

    public RecordOutcome {
        reasons = List.copyOf(reasons);
    }
}
