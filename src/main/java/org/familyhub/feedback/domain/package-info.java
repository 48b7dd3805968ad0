/** The feedback module's tables: surveys and their frozen versions, responses, invitations, problem reports. */
@NullMarked
package org.familyhub.feedback.domain;

import org.jspecify.annotations.NullMarked;
