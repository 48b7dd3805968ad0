/**
 * The services index: its definition, documents, full reindex behind an alias, and the indexer that
 * drains the outbox.
 */
@NullMarked
package org.familyhub.search.index;

import org.jspecify.annotations.NullMarked;
