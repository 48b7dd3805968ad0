/**
 * What several modules truly share: settings, the embedded database, the page layout.
 */
@NullMarked
package org.familyhub.shared;

import org.jspecify.annotations.NullMarked;
