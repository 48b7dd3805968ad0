package org.familyhub.frontdoor;

import org.jspecify.annotations.Nullable;

/** A child the request is about: their age in years and, in the family's words, any disability or additional needs. */
public record Child(@Nullable Integer age, @Nullable String additionalNeeds) {
}
