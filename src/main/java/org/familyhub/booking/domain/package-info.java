/** The booking module's tables, reached only through its services. */
@NullMarked
package org.familyhub.booking.domain;

import org.jspecify.annotations.NullMarked;
