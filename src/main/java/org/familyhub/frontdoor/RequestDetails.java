package org.familyhub.frontdoor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.LevelOfNeed;
import org.jspecify.annotations.Nullable;

/**
 * One request as the front door or the provider handling it sees it. Opening it is audited.
 *
 * @param timeToFirstResponse from arrival to the first move anyone made on it; null until then
 * @param timeToAllocation    from arrival to a worker being allocated; null until then
 * @param childcare           what a brokerage request asks the Family Information Service to find; null for others
 */
public record RequestDetails(
        RequestSummary summary,
        @Nullable String familyName,
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
        @Nullable String consentGivenBy,
        @Nullable LocalDate consentGivenOn,
        @Nullable String referrerName,
        @Nullable LevelOfNeed levelOfNeed,
        @Nullable String safeguardingNote,
        @Nullable String worker,
        @Nullable String declineReason,
        @Nullable Outcome outcome,
        @Nullable String outcomeNote,
        @Nullable Instant firstResponseAt,
        @Nullable Instant allocatedAt,
        @Nullable Instant closedAt,
        @Nullable Duration timeToFirstResponse,
        @Nullable Duration timeToAllocation,
        boolean purged,
        List<AuditEntry> history,
        @Nullable ChildcareNeed childcare) {

    public record AuditEntry(Instant at, String actor, String action, @Nullable String detail) {
    }
}
