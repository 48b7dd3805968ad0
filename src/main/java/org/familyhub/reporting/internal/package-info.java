/** The reporting module's internal parts. */
@NullMarked
package org.familyhub.reporting.internal;

import org.jspecify.annotations.NullMarked;
