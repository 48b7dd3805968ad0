package org.familyhub.booking;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A booking form as sent. {@code idempotencyKey} is made when the form is shown and sent with every submit of
 * it, so a double click or a retry finds the booking the first submit made.
 *
 * @param childrenAges    the children's ages in years, separated by commas ("2, 5"); 0 for a baby
 * @param crecheChildren  how many of them need the crèche during the sessions
 * @param consentGivenBy  a professional booking for a family: who in the family agreed to it
 */
public record PlaceRequest(UUID courseId, String idempotencyKey, @Nullable String parentName,
        @Nullable String email, @Nullable String phone, @Nullable String childrenAges, int crecheChildren,
        @Nullable String crecheNeeds, @Nullable String accessNeeds, boolean consentToContact,
        boolean familyConsented, @Nullable String consentGivenBy) {
}
