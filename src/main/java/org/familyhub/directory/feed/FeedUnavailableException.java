package org.familyhub.directory.feed;

/** The feed could not be read (unreachable, not HTTP 200, not JSON, not an HSDS page). */
public class FeedUnavailableException extends RuntimeException {

    public FeedUnavailableException(String message) {
        super(message);
    }
}
