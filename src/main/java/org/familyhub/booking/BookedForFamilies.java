package org.familyhub.booking;

import java.util.List;

/** The newest bookings a professional made for families, and how many they made in all. */
public record BookedForFamilies(List<BookedForFamily> newest, long total) {

    public BookedForFamilies {
        newest = List.copyOf(newest);
    }

    public long more() {
        return Math.max(0, total - newest.size());
    }
}
