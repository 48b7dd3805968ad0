package org.familyhub.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familyhub.directory.LevelOfNeed;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in professional's referral of a family to a service, with the family's consent recorded.
 *
 * @param familyConsented the professional confirms the family agreed to the referral and to sharing their details
 * @param consentGivenBy who agreed to the referral (the parent, the young person …)
 * @param consentGivenOn when they agreed; never in the future
 */
public record ProfessionalReferral(
        boolean familyConsented,
        @Nullable UUID serviceId,
        @Nullable String familyName,
        List<Child> children,
        @Nullable String postcode,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String reason,
        @Nullable Urgency urgency,
        @Nullable LevelOfNeed levelOfNeed,
        @Nullable String consentGivenBy,
        @Nullable LocalDate consentGivenOn,
        boolean safeguardingConcern) {

    public ProfessionalReferral {
        children = List.copyOf(children);
    }
}
