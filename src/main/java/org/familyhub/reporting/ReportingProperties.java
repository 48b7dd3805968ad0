package org.familyhub.reporting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report card; environment variables through relaxed binding
 * (e.g. {@code FAMILYHUB_REPORTING_ALLOCATION_WORKING_DAYS}).
 *
 * @param usageFlush            how often counted page views, searches and downloads are added to the database
 * @param duplicationThreshold  this many active services of one category and level of need in one town is
 *                              flagged as possible duplication
 */
@ConfigurationProperties("familyhub.reporting")
public record ReportingProperties(
        @DefaultValue("5s") Duration usageFlush,
        @DefaultValue("4") int duplicationThreshold) {
}
