/**
 * Calendar-fed sessions: a provider's iCalendar feed for a service, pulled on a schedule through the portal's safe
 * fetch, its events written as the service's sessions in place of the ones the last pull made.
 */
@NullMarked
package org.familyhub.workspace.calendar;

import org.jspecify.annotations.NullMarked;
