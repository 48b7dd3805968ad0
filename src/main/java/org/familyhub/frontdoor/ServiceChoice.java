package org.familyhub.frontdoor;

import java.util.UUID;

/** A service the inbox can be narrowed to: one the user's requests were asked about or passed to. */
public record ServiceChoice(UUID id, String name) {
}
