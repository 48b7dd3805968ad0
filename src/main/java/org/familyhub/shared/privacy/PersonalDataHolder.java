package org.familyhub.shared.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Implemented once by each module that keeps something about a family, inside that module and with its own
 * tables, so subject access and erasure see everything without reaching into another module's data.
 *
 * <p>Finding uses indexes (e-mail, phone digits, reference) and is always limited; a name is "contains", which
 * reads more rows, so its results are limited too. Erasing anonymises what the report card counts (the row stays,
 * its personal fields go) and deletes what is only personal data (an alert, an e-mail).
 */
public interface PersonalDataHolder {

    /** The part of the portal, in plain English ("Front door", "Course bookings"): how results are grouped. */
    String area();

    /** At most {@code limit} records about the person, newest first. */
    List<PersonalRecord> find(PersonQuery query, int limit);

    /**
     * Erases the records with these ids (from {@link #find}) in the caller's transaction, and answers how many.
     * {@code by} names the administrator in the module's own history where it keeps one.
     */
    int erase(Set<String> ids, String by, Instant now);
}
