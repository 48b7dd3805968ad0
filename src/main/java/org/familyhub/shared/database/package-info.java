/**
 * The embedded MariaDB the portal starts when no external database is configured.
 */
@NullMarked
package org.familyhub.shared.database;

import org.jspecify.annotations.NullMarked;
