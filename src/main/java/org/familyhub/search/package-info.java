/**
 * Search: the services index (defined in {@code search-index/}), kept up to date from the directory
 * through the event publication registry, and the one search API the portal and the Open Referral API use.
 */
@NullMarked
package org.familyhub.search;

import org.jspecify.annotations.NullMarked;
