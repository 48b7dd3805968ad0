package org.familyhub.workspace.calendar;

import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;

/**
 * One event of a provider's calendar feed as a session of their service: the schedule it becomes, and the
 * event's own words for where it happens, matched to one of the service's venues ({@link FeedSessions}).
 */
public record FedSession(HsdsDocuments.Schedule schedule, @Nullable String location) {
}
