package org.familyhub.frontdoor;

import java.util.Set;

/**
 * Where a request for help is, from arrival to outcome. The words are the ones a referrer sees.
 */
public enum RequestStatus {
    /** With the front door (or, for a referral to a named service, with its provider) to look at. */
    RECEIVED,
    /** The front door passed it to a service or a team. */
    ASSIGNED,
    ACCEPTED,
    /** Not taken on, with a reason the referrer sees; the front door may pass it elsewhere. */
    DECLINED,
    /** A named worker has it. */
    ALLOCATED,
    CLOSED;

    /** The moves the front door and providers may make from here. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case RECEIVED, ASSIGNED -> Set.of(ASSIGNED, ACCEPTED, DECLINED, CLOSED);
            case ACCEPTED -> Set.of(ALLOCATED, CLOSED);
            case DECLINED -> Set.of(ASSIGNED, CLOSED);
            case ALLOCATED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
