package org.familyhub.booking.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Times on booking pages: 24-hour, as every other page of the portal writes them. */
final class CourseText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CourseText() {
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }
}
