package org.familyhub.search.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public search API's rate limit, per client address ({@code FAMILYHUB_SEARCH_API_REQUESTS_PER_MINUTE},
 * {@code FAMILYHUB_SEARCH_API_BURST}).
 *
 * @param requestsPerMinute what one client may ask for per minute on average
 * @param burst             how many requests a client may make at once before the limit applies
 */
@ConfigurationProperties("familyhub.search.api")
record SearchApiProperties(
        @DefaultValue("120") int requestsPerMinute,
        @DefaultValue("60") int burst) {
}
