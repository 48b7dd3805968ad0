package org.familyhub.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A temporary closure ("closed until January, go to Oakenclough instead"): a service whose status is
 * "temporarily closed" stays listed with it. It holds from its first day to its last, both included; without a
 * first day it holds already, without a last day until further notice. Whether it holds is decided on the day
 * asked (the portal clock's, in the council's zone), so a closure that has ended shows the service open again
 * before {@code DatedChanges} sets its status back.
 *
 * @param alternativeName the name of the service to go to instead, when the listing says where it is read
 */
public record Closure(@Nullable LocalDate from, @Nullable LocalDate until, @Nullable String notice,
        @Nullable UUID alternativeId, @Nullable String alternativeName) {

    public boolean closedOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Not closed yet: its first day is still to come. */
    public boolean ahead(LocalDate day) {
        return from != null && day.isBefore(from);
    }
}
