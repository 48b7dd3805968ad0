/**
 * The feedback module's views: the public forms (through the portal's page extension points and the
 * survey page), and the workspace views for surveys, results, moderation and problem reports.
 */
@NullMarked
package org.familyhub.feedback.ui;

import org.jspecify.annotations.NullMarked;
