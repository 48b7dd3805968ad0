package org.familyhub.search;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a parent looking for childcare needs: with it a search lists childcare providers only.
 *
 * @param ageMonths      the child's age; the provider must take it (and, with {@code vacancyNow}, have places for it)
 * @param days           RFC 5545 days the child needs care: the provider must be open on every one
 * @param funded         entitlement codes the provider must offer, every one
 * @param vacancyNow     only providers with places on every day asked (any day when none), updated since
 *                       {@code freshSince}
 * @param providerTypes  any of these kinds; empty for all
 * @param freshSince     the oldest vacancy update still believed (three months before today)
 */
public record ChildcareNeed(@Nullable Integer ageMonths, Set<String> days, Set<String> funded, boolean vacancyNow,
        Set<String> providerTypes, boolean sendExperience, LocalDate freshSince) {

    public ChildcareNeed {
        days = Set.copyOf(days);
        funded = Set.copyOf(funded);
        providerTypes = Set.copyOf(providerTypes);
    }
}
