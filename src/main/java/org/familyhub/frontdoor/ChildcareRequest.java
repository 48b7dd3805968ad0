package org.familyhub.frontdoor;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * "I can't find childcare": what a family tells the Family Information Service when they ask it to find
 * childcare for them, exactly as typed. {@link FrontDoor#askForChildcare} checks every field before
 * anything is stored.
 *
 * @param childYears  the child's age: whole years (0 to 17)
 * @param childMonths and months over (0 to 11)
 * @param days        the days childcare is needed
 * @param from        the time childcare is needed from, on those days
 * @param to          and until
 * @param sendNeeds   any special educational needs or disability (optional)
 * @param anythingElse anything else the family wants to say (optional)
 * @param website     the honeypot: a field people never see, so only robots fill it in
 */
public record ChildcareRequest(
        @Nullable String name,
        @Nullable Integer childYears,
        @Nullable Integer childMonths,
        Set<DayOfWeek> days,
        @Nullable LocalTime from,
        @Nullable LocalTime to,
        @Nullable FundedHours fundedHours,
        @Nullable String sendNeeds,
        @Nullable String anythingElse,
        @Nullable String postcode,
        Set<ContactMethod> contactMethods,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String contactTimes,
        @Nullable Boolean safeToLeaveMessage,
        @Nullable Boolean consentToShare,
        @Nullable String website) {

    public ChildcareRequest {
        days = Set.copyOf(days);
        contactMethods = Set.copyOf(contactMethods);
    }
}
