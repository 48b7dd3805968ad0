/**
 * The editor and provider workspace: editing listings as drafts, review and publishing, the history
 * of every change with restore, freshness (confirm, stale flags, reminders, the dashboard), bulk
 * import and export (Open Referral UK JSON and CSV) and legacy HTML page import. Who may do what is
 * decided here, in the services, not only in the views.
 */
@NullMarked
@ApplicationModule(displayName = "Workspace")
package org.familyhub.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
