/**
 * Loading a council's content (area, taxonomies and HSDS 3.0 fully nested services) into the directory.
 */
@NullMarked
@NamedInterface("content")
package org.familyhub.directory.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
