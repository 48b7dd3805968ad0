package org.familyhub.workspace;

import org.jspecify.annotations.Nullable;

/**
 * One field of a listing before and after a change. {@code field} is its place in the Open Referral
 * document, e.g. {@code name} or {@code service_at_locations[0].location.addresses[0].postal_code}.
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
