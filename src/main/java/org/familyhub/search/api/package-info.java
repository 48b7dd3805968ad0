/**
 * The JSON search endpoint, {@code GET /api/search}: the same search the portal's pages use.
 */
@NullMarked
package org.familyhub.search.api;

import org.jspecify.annotations.NullMarked;
