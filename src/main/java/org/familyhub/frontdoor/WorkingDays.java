package org.familyhub.frontdoor;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The front door's targets count working days from the day after arrival, skipping weekends, as the
 * confirmation page promises families. One rule for the promise, the inbox's due dates and the report card.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** For each day of arrival, Monday first, how many calendar days later the target day falls. */
    public static int[] dueDays(int workingDays) {
        int[] due = new int[7];
        for (DayOfWeek arrival : DayOfWeek.values()) {
            int left = workingDays;
            int days = 0;
            DayOfWeek day = arrival;
            while (left > 0) {
                day = day.plus(1);
                days++;
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            due[arrival.ordinal()] = days;
        }
        return due;
    }

    /** The target day for something that arrived on the given day. */
    public static LocalDate after(LocalDate arrival, int workingDays) {
        return arrival.plusDays(dueDays(workingDays)[arrival.getDayOfWeek().ordinal()]);
    }
}
