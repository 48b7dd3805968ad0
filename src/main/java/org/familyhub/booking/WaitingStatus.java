package org.familyhub.booking;

/** A waiting list entry's state; only {@code OFFERED} holds a place. */
public enum WaitingStatus {
    WAITING, OFFERED, ACCEPTED, EXPIRED, DECLINED, WITHDRAWN
}
