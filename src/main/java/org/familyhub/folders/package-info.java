/**
 * Professionals' own workspace (issue #15): a folder per family they support, a named shortlist kept in their
 * account, printable and sendable to the family through the mail outbox. A folder's label is the professional's own
 * (initials or a reference); the family's e-mail and language are kept only with their recorded consent. Folders
 * untouched for {@link org.familyhub.folders.FolderProperties#keptFor()} are deleted. See
 * {@code V13_7__folders.sql} for what is kept.
 */
@NullMarked
@ApplicationModule(displayName = "Professionals' folders")
package org.familyhub.folders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
