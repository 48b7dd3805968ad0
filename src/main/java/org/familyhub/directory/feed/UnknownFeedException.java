package org.familyhub.directory.feed;

import java.util.UUID;

/** No feed source has this id. */
public class UnknownFeedException extends RuntimeException {

    public UnknownFeedException(UUID id) {
        this(id.toString());
    }

    public UnknownFeedException(String id) {
        super("No feed source " + id);
    }
}
