/**
 * The search engine connection: an {@code ElasticsearchClient} for a configured cluster, or for a
 * real single-node Elasticsearch the portal starts itself under its data directory.
 */
@NullMarked
package org.familyhub.search.engine;

import org.jspecify.annotations.NullMarked;
