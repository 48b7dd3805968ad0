/**
 * Reporting: the managers' report card (how much, how well, is anyone better off) by locality and period, usage
 * counted without tracking people, and the gap analysis (searches that found nothing, coverage by category,
 * locality and level of need). It reads the other modules' figures and depends on them; nothing depends on it.
 * See {@code docs/report-card.md}.
 */
@NullMarked
@ApplicationModule(displayName = "Reporting")
package org.familyhub.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
