package org.familyhub.directory;

/**
 * Raised after an organisation, venue, topic, locality or postcode area was edited and committed: small tables
 * kept in memory (topic names, place names for search) are read again. Delivered at once to listeners on the
 * node that made the change, and within seconds on the others ({@link ReferenceDataWatch}); the services' search documents follow separately through {@link ServicesChanged} and the outbox.
 */
public record ReferenceDataChanged(String what) {
}
