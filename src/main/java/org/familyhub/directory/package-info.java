/**
 * The directory: organisations, services, venues, sessions, taxonomy and the area's localities, in
 * Open Referral UK terms. Its public API is the {@link org.familyhub.directory.Directory} service and
 * the records it returns; entities and repositories stay inside.
 */
@NullMarked
package org.familyhub.directory;

import org.jspecify.annotations.NullMarked;
