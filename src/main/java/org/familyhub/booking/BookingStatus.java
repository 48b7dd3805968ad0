package org.familyhub.booking;

/**
 * Where a family's booking stands: a place ({@code BOOKED}), on the waiting list ({@code WAITING}, offered or
 * not yet), cancelled by the family or with the course, moved to another course, or never placed (an offer
 * declined or expired).
 */
public enum BookingStatus {
    BOOKED, WAITING, CANCELLED, MOVED, NOT_PLACED
}
