package org.familyhub.frontdoor;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a family tells the front door when they ask for help, exactly as typed: {@link FrontDoor}
 * checks every field before anything is stored.
 *
 * @param topics         directory category codes the family ticked
 * @param helpWanted     what they would like help with, in their own words
 * @param serviceId      the service they started from, if any
 * @param website        the honeypot: a field people never see, so only robots fill it in
 */
public record SelfReferral(
        @Nullable String name,
        List<Child> children,
        Set<String> topics,
        @Nullable String helpWanted,
        @Nullable String postcode,
        Set<ContactMethod> contactMethods,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String contactTimes,
        @Nullable Boolean safeToLeaveMessage,
        @Nullable Boolean consentToShare,
        @Nullable UUID serviceId,
        @Nullable String website) {

    public SelfReferral {
        children = List.copyOf(children);
        topics = Set.copyOf(topics);
        contactMethods = Set.copyOf(contactMethods);
    }
}
