package org.familyhub.directory;

import java.util.UUID;

/** An organisation that runs services, for choosing one in the workspace. */
public record OrganisationSummary(UUID id, String name) {
}
