/** The feedback module's HTTP endpoints: the results CSV for managers and editors. */
@NullMarked
package org.familyhub.feedback.api;

import org.jspecify.annotations.NullMarked;
