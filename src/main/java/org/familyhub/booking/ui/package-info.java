/** The booking pages: a family's booking, cancel and offer pages; the provider's courses and registers. */
@NullMarked
package org.familyhub.booking.ui;

import org.jspecify.annotations.NullMarked;
