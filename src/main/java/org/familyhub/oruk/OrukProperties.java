package org.familyhub.oruk;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Open Referral UK API; each has a default that works embedded and an environment
 * variable (Spring's relaxed binding, e.g. {@code FAMILYHUB_ORUK_REQUESTS_PER_MINUTE}).
 *
 * @param profile           the profile URI the root endpoint announces ({@code FAMILYHUB_ORUK_PROFILE}): by default
 *                          the Open Referral UK profile, as HSDS 3.0's list of existing profiles gives it
 * @param publisherUrl      the publisher's website, announced beside the portal's name
 *                          ({@code FAMILYHUB_ORUK_PUBLISHER_URL})
 * @param requestsPerMinute what one client (remote address) may ask for per minute on average
 * @param burst             how many requests a client may make at once before the limit applies: room for a
 *                          validator's or a feed reader's whole run (about 100 requests) in one go
 */
@ConfigurationProperties("familyhub.oruk")
record OrukProperties(
        @DefaultValue("https://docs.openreferraluk.org/en/latest/") URI profile,
        @DefaultValue("https://example.org") URI publisherUrl,
        @DefaultValue("120") int requestsPerMinute,
        @DefaultValue("200") int burst) {
}
