/**
 * Several portal nodes on one database: the scheduled jobs that are the cluster's work (purges, reminders,
 * the mail dispatcher, the outbox retries) take a lock row in {@code shedlock}, so one node runs each at a time.
 * Jobs that only touch what the node itself holds (its in-memory counters, its cache of counts) take none.
 */
@NullMarked
package org.familyhub.shared.cluster;

import org.jspecify.annotations.NullMarked;
