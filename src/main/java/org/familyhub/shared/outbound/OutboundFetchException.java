package org.familyhub.shared.outbound;

/**
 * A fetch that did not happen or did not complete. Refused addresses, unknown hosts, closed ports and
 * timeouts all carry the same {@link #NOT_FETCHED} message, so the answer never tells anyone what is
 * listening on the portal's own network.
 */
public class OutboundFetchException extends RuntimeException {

    public static final String NOT_FETCHED = "That address could not be fetched";

    OutboundFetchException(String message) {
        super(message);
    }

    static OutboundFetchException notFetched() {
        return new OutboundFetchException(NOT_FETCHED);
    }
}
