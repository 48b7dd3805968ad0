package org.familyhub.frontdoor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the front door; each has a default that works embedded and an environment variable
 * (Spring's relaxed binding, e.g. {@code FAMILYHUB_FRONTDOOR_RETENTION}).
 *
 * @param retention            how long personal data of a closed request is kept (365d)
 * @param responseWorkingDays  the promise to families: we get in touch within this many working days
 * @param allocationWorkingDays the target from arrival to a named worker: the inbox's due date once the family has
 *                              had a first response, and the report card's allocation target
 * @param submissionsPerHour   what one place (remote address) may send through the public forms per hour
 * @param submissionBurst      how many it may send at once before the limit applies
 * @param searchGapRetention   how long searches that found nothing (their words may name a family or a place)
 *                             are kept for the gap report before the retention purge deletes them (365d)
 */
@ConfigurationProperties("familyhub.frontdoor")
public record FrontDoorProperties(
        @DefaultValue("365d") Duration retention,
        @DefaultValue("3") int responseWorkingDays,
        @DefaultValue("10") int submissionsPerHour,
        @DefaultValue("5") int submissionBurst,
        @DefaultValue("365d") Duration searchGapRetention,
        @DefaultValue("10") int allocationWorkingDays) {
}
