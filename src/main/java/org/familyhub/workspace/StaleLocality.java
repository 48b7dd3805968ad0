package org.familyhub.workspace;

import java.util.List;

import org.familyhub.directory.ListingSummary;

/** A locality's live listings and those not checked for six months. {@code code} is empty for the whole area. */
public record StaleLocality(String code, String name, int listings, List<ListingSummary> stale) {

    public StaleLocality {
        stale = List.copyOf(stale);
    }
}
