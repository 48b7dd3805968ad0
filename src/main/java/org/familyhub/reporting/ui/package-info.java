/** The reporting module's ui parts. */
@NullMarked
package org.familyhub.reporting.ui;

import org.jspecify.annotations.NullMarked;
