package org.familyhub.workspace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderPeriod how long after reminding an organisation about stale listings it may be
 *                       reminded again ({@code FAMILYHUB_WORKSPACE_REMINDER_PERIOD})
 */
@ConfigurationProperties("familyhub.workspace")
public record WorkspaceProperties(@DefaultValue("30d") Duration reminderPeriod) {
}
