package org.familyhub.childcare;

import java.time.DayOfWeek;
import java.util.List;

/** RFC 5545 day codes, as the directory's schedules and the search index hold days. */
public final class Days {

    public static final List<String> ALL = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private Days() {
    }

    public static String code(DayOfWeek day) {
        return ALL.get(day.getValue() - 1);
    }

    public static DayOfWeek day(String code) {
        int index = ALL.indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException("day must be one of " + ALL);
        }
        return DayOfWeek.of(index + 1);
    }
}
