package org.familyhub.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of saved searches and their e-mails.
 *
 * @param unconfirmedFor      how long a sign-up waits for its confirmation link to be used before it is deleted
 *                            ({@code FAMILYHUB_ALERTS_UNCONFIRMED_FOR})
 * @param signUpsPerAddress   how many sign-ups one e-mail address may receive a day, so the form cannot be used to
 *                            flood someone's inbox ({@code FAMILYHUB_ALERTS_SIGN_UPS_PER_ADDRESS})
 * @param digestCron          when the weekly digest goes out, in the council's zone ({@code FAMILYHUB_ALERTS_DIGEST_CRON})
 * @param itemsPerEmail       the most new services one digest lists; the rest are behind the search's link
 */
@ConfigurationProperties("familyhub.alerts")
public record AlertProperties(
        @DefaultValue("3d") Duration unconfirmedFor,
        @DefaultValue("3") int signUpsPerAddress,
        @DefaultValue("0 0 7 * * MON") String digestCron,
        @DefaultValue("10") int itemsPerEmail) {
}
