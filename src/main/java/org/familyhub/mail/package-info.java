/**
 * E-mail through a transactional outbox: queued in the database with the change that caused it, sent
 * by a scheduled dispatcher with retries (SMTP in production, a log and the dev mailbox when embedded).
 */
@NullMarked
@ApplicationModule(displayName = "Mail")
package org.familyhub.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
