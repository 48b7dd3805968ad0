package org.familyhub.frontdoor;

import java.time.LocalDate;

/** A stored request: its reference, and the date by which the front door will have been in touch. */
public record Submitted(String reference, LocalDate respondBy) {
}
