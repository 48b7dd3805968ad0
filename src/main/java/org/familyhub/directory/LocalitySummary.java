package org.familyhub.directory;

import org.jspecify.annotations.Nullable;

/** A locality with how many active services families there can use. */
public record LocalitySummary(String code, String name, @Nullable String description, long serviceCount) {
}
