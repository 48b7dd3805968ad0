package org.familyhub.shared.outbound;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal may fetch from when an editor or administrator gives it an address.
 *
 * @param allowedHosts   host names or addresses fetched even though they are not public, e.g. a council's
 *                       internal feed server ({@code FAMILYHUB_OUTBOUND_ALLOWED_HOSTS}, comma-separated);
 *                       matched exactly, ignoring case. Empty: only public internet addresses.
 * @param maxRedirects   how many redirects one fetch follows, each checked like the first address
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer
 */
@ConfigurationProperties("familyhub.outbound")
record OutboundProperties(
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout) {
}
