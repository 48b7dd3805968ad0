package org.familyhub.feedback;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback forms.
 *
 * @param portalUrl            the portal's public address, for links in e-mails ({@code FAMILYHUB_FEEDBACK_PORTAL_URL})
 * @param submissionsPerHour   how many forms one address may send in an hour, across every public form
 *                             ({@code FAMILYHUB_FEEDBACK_SUBMISSIONS_PER_HOUR})
 * @param maxText              the longest free-text answer or description, in characters
 */
@ConfigurationProperties("familyhub.feedback")
public record FeedbackProperties(
        @DefaultValue("http://localhost:8080") URI portalUrl,
        @DefaultValue("30") int submissionsPerHour,
        @DefaultValue("2000") int maxText) {
}
