/** The workspace's own records: drafts, the change history and reminders sent. */
@NullMarked
package org.familyhub.workspace.domain;

import org.jspecify.annotations.NullMarked;
