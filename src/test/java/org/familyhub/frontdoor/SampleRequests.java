package org.familyhub.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.LevelOfNeed;

/** Valid forms from the sample area, for tests to start from and spoil one field at a time. */
final class SampleRequests {

    /** Connexions Crewe (careers and advice), run by Connexions Cheshire East, the demo provider's organisation. */
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");
    /** Crewe Women's Aid Helpline and Refuge, run by the second demo provider's organisation. */
    static final UUID WOMENS_AID_CREWE = UUID.fromString("4f6e2379-c5e0-5b2b-9db8-9224e024ceef");
    /** A Crewe postcode: the crewe-nantwich locality, covered by the demo user "frontdoor". */
    static final String CREWE_POSTCODE = "CW1 3AB";
    /** A Macclesfield postcode, covered by "frontdoor-north". */
    static final String MACCLESFIELD_POSTCODE = "SK11 6AB";
    /** The day before the tests' clock day (application-test.yml). */
    static final LocalDate CONSENT_DAY = LocalDate.of(2026, 12, 1);

    private SampleRequests() {
    }

    static SelfReferral selfReferral(String email) {
        return new SelfReferral("Sam Parent", List.of(new Child(4, "Waiting for an autism assessment")),
                Set.of(), "Bedtimes are a battle and I would like some ideas.", CREWE_POSTCODE,
                Set.of(ContactMethod.EMAIL, ContactMethod.PHONE), email, "01270 123456", "Mornings", true, true,
                null, null);
    }

    static ProfessionalReferral referral(UUID serviceId) {
        return new ProfessionalReferral(true, serviceId, "Alex Family", List.of(new Child(15, null)), CREWE_POSTCODE,
                "alex.family@example.org", "07700 900123", "Wants careers advice after leaving school early.",
                Urgency.SOON, LevelOfNeed.ADDITIONAL, "Alex Family (parent)", CONSENT_DAY, false);
    }

    static SelfReferral withPostcode(SelfReferral form, String postcode) {
        return new SelfReferral(form.name(), form.children(), form.topics(), form.helpWanted(), postcode,
                form.contactMethods(), form.email(), form.phone(), form.contactTimes(), form.safeToLeaveMessage(),
                form.consentToShare(), form.serviceId(), form.website());
    }
}
