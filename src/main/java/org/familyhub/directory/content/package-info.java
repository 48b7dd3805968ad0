/**
 * Loading a council's content (area, taxonomies and HSDS 3.0 fully nested services) into the directory.
 */
@NullMarked
package org.familyhub.directory.content;

import org.jspecify.annotations.NullMarked;
