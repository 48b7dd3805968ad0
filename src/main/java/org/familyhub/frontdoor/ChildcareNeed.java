package org.familyhub.frontdoor;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The childcare a family asked the Family Information Service to find, as the inbox shows it.
 *
 * @param childAgeMonths the child's age in whole months; null once the retention purge has forgotten it
 * @param sendNeeds      any special educational needs or disability, in the family's words; null when none
 *                       were given or once purged
 */
public record ChildcareNeed(@Nullable Integer childAgeMonths, Set<DayOfWeek> days, LocalTime from, LocalTime to,
        FundedHours fundedHours, @Nullable String sendNeeds) {

    public ChildcareNeed {
        days = Set.copyOf(days);
    }
}
