package org.familyhub.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of course booking ({@code FAMILYHUB_BOOKING_OFFER_TIME} …).
 *
 * @param offerTime       how long someone on a waiting list has to take a place offered to them (48h)
 * @param portalUrl       the portal's address as families reach it, for the links in booking e-mails
 * @param sampleCourses   whether the sample content's Crewe programmes get a course each when they have none
 */
@ConfigurationProperties("familyhub.booking")
public record BookingProperties(
        @DefaultValue("48h") Duration offerTime,
        @DefaultValue("http://localhost:8080") String portalUrl,
        @DefaultValue("true") boolean sampleCourses) {

    /** The portal's address without a trailing slash. */
    public String base() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}
