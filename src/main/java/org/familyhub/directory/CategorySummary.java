package org.familyhub.directory;

import org.jspecify.annotations.Nullable;

/** A top-level category with how many active services it (or a sub-category) holds. */
public record CategorySummary(String code, String name, @Nullable String description, long serviceCount) {
}
