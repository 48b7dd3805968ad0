/**
 * Saved searches and e-mail alerts for parents, without an account: a search's own query string and an address,
 * confirmed by a link (double opt-in), a weekly digest of what is new for it through the mail outbox, and a one-click
 * unsubscribe that deletes it. See {@code V13_0__search_alerts.sql} for what is kept.
 */
@NullMarked
@ApplicationModule(displayName = "Search alerts")
package org.familyhub.alerts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
