/**
 * Metrics that belong to no one module: the transactional outbox every module's events go through.
 */
@NullMarked
package org.familyhub.shared.metrics;

import org.jspecify.annotations.NullMarked;
