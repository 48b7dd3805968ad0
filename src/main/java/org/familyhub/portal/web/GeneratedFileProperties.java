package org.familyhub.portal.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the generated files (leaflets and the sitemap).
 *
 * @param debounce          a changed file is made again at most once in this time, so a burst of edits costs
 *                          one generation ({@code FAMILYHUB_FILES_DEBOUNCE})
 * @param refreshAfter      every file is made again after this long even without a change, since a leaflet
 *                          prints today's date and next sessions ({@code FAMILYHUB_FILES_REFRESH_AFTER})
 * @param checkInterval     how often the portal looks for files to make again ({@code FAMILYHUB_FILES_CHECK_INTERVAL})
 * @param leafletTopicLimit the most services a leaflet prints under one topic ({@code FAMILYHUB_FILES_LEAFLET_TOPIC_LIMIT})
 * @param requestWait       how long a request for a file never made yet waits for it before answering 503
 *                          ({@code FAMILYHUB_FILES_REQUEST_WAIT})
 * @param generateOnStart   whether missing leaflets and the sitemap are made in the background at start
 *                          ({@code FAMILYHUB_FILES_GENERATE_ON_START})
 */
@ConfigurationProperties("familyhub.portal.files")
public record GeneratedFileProperties(
        @DefaultValue("5m") Duration debounce,
        @DefaultValue("24h") Duration refreshAfter,
        @DefaultValue("30s") Duration checkInterval,
        @DefaultValue("8") int leafletTopicLimit,
        @DefaultValue("20s") Duration requestWait,
        @DefaultValue("true") boolean generateOnStart) {
}
