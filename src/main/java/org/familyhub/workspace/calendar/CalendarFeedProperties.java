package org.familyhub.workspace.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Providers' calendar feeds ({@code familyhub.calendar-feed}).
 *
 * @param pullInterval how long a feed's sessions stand before it is pulled again; {@code 0} switches pulling off
 * @param maxBytes     a feed larger than this is refused: a year of a service's sessions is a few kilobytes
 * @param batch        feeds pulled at most per run, so one run never holds the cluster lock for long
 */
@ConfigurationProperties("familyhub.calendar-feed")
public record CalendarFeedProperties(@DefaultValue("6h") Duration pullInterval,
        @DefaultValue("1048576") int maxBytes, @DefaultValue("50") int batch) {
}
