package org.familyhub.workspace.quality;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cron        when the nightly checks run ({@code FAMILYHUB_QUALITY_CRON}, Spring cron, UK time)
 * @param linkTimeout how long a web address may take to answer before it counts as broken
 *                    ({@code FAMILYHUB_QUALITY_LINK_TIMEOUT})
 * @param mailDomains whether e-mail domains are looked up for mail servers ({@code FAMILYHUB_QUALITY_MAIL_DOMAINS})
 * @param links       whether listings' web addresses are fetched ({@code FAMILYHUB_QUALITY_LINKS}; the test suite
 *                    turns it off so its nightly runs never reach the internet: the link tests use a local server)
 */
@ConfigurationProperties("familyhub.quality")
record QualityProperties(@DefaultValue("0 30 2 * * *") String cron, @DefaultValue("10s") Duration linkTimeout,
        @DefaultValue("true") boolean mailDomains, @DefaultValue("true") boolean links) {
}
