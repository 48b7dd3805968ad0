/**
 * Feedback: the survey engine (versioned surveys, built-in service feedback, "was this page helpful",
 * outcome and practitioner surveys), reports of problems with listings, moderation of free text, and
 * results for managers. Public forms reach the portal's pages only through its extension points.
 */
@NullMarked
@ApplicationModule(displayName = "Feedback")
package org.familyhub.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
