package org.familyhub.childcare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a parent needs to know about a childcare provider's listing, beside the listing itself.
 *
 * @param register        the Ofsted register(s) it is on, e.g. "Early Years Register"
 * @param inspectionGrade Ofsted's latest overall grade: outstanding, good, requires improvement, inadequate, or
 *                        met / not met for providers inspected only against the Childcare Register
 * @param openingDays     RFC 5545 day codes
 * @param schoolRuns      the schools it takes children to and collects them from, in words
 * @param feesUpdatedAt   when the provider last said what it charges
 */
public record ChildcareFacts(
        UUID serviceId,
        ProviderType providerType,
        @Nullable String ofstedUrn,
        @Nullable String register,
        @Nullable String inspectionGrade,
        @Nullable LocalDate inspectionDate,
        @Nullable String reportUrl,
        int minAgeMonths,
        int maxAgeMonths,
        List<String> openingDays,
        @Nullable LocalTime opensAt,
        @Nullable LocalTime closesAt,
        boolean allYear,
        @Nullable String schoolRuns,
        Fees fees,
        Set<Entitlement> funded,
        @Nullable String sendExperience,
        List<Vacancy> vacancies) {

    public ChildcareFacts {
        openingDays = List.copyOf(openingDays);
        funded = Set.copyOf(funded);
        vacancies = List.copyOf(vacancies);
    }

    public boolean takes(int ageMonths) {
        return ageMonths >= minAgeMonths && ageMonths <= maxAgeMonths;
    }

    /** Prices in pounds; each null when the provider does not charge that way. */
    public record Fees(@Nullable BigDecimal perHour, @Nullable BigDecimal perSession, @Nullable BigDecimal perDay,
            @Nullable Instant updatedAt) {

        public static final Fees NONE = new Fees(null, null, null, null);

        public boolean any() {
            return perHour != null || perSession != null || perDay != null;
        }
    }
}
