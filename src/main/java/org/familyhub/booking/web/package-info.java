/** The booking module's HTTP files: a course's sessions as an iCalendar file. */
@NullMarked
package org.familyhub.booking.web;

import org.jspecify.annotations.NullMarked;
