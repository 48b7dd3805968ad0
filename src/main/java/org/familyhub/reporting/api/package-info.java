/** The reporting module's api parts. */
@NullMarked
package org.familyhub.reporting.api;

import org.jspecify.annotations.NullMarked;
