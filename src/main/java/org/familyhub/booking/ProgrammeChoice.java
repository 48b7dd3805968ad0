package org.familyhub.booking;

import java.util.UUID;

/** A service a course can be set up for. */
public record ProgrammeChoice(UUID serviceId, String name, String organisationName) {
}
