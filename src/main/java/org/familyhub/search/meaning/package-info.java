/**
 * Meaning-based search: a small sentence-embedding model that runs inside the portal's JVM and turns a
 * listing or a parent's words into a vector, so words no synonym list foresaw still find the services they mean.
 */
@NullMarked
package org.familyhub.search.meaning;

import org.jspecify.annotations.NullMarked;
