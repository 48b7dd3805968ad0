package org.familyhub.frontdoor;

import java.time.LocalDate;

/**
 * The next target a request must meet: a first reply to the family within the working days promised on the
 * confirmation page, then a named worker within the allocation target.
 *
 * @param by      the last day the target is met on
 * @param overdue that day has passed (today, by the application's clock)
 */
public record Due(Target target, LocalDate by, boolean overdue) {

    public enum Target {
        FIRST_RESPONSE,
        ALLOCATION
    }
}
