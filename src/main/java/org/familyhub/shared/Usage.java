package org.familyhub.shared;

import org.jspecify.annotations.Nullable;

/**
 * Something a visitor did that the managers' report card counts: a page seen, a search made, a leaflet
 * downloaded. Published by the pages as a plain, synchronous application event and counted in memory by the
 * reporting module; it names no person, address or cookie.
 *
 * @param group    what kind of page ("service", "locality"), or the category searched or printed ("" for none)
 * @param locality the locality's code or name when the page is about one locality; null for the whole area
 */
public record Usage(Kind kind, String group, @Nullable String locality) {

    public enum Kind {
        PAGE_VIEW, SEARCH, LEAFLET_DOWNLOAD
    }
}
