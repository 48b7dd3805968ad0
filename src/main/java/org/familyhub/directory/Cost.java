package org.familyhub.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a service costs, always stated: parents said "not sure what is available or what it may cost".
 *
 * @param free    every cost option is zero
 * @param options the provider's words for each price, e.g. "£2.50 per child"
 * @param details the provider's fuller description of fees
 */
public record Cost(boolean free, List<String> options, @Nullable String details) {

    /** True when the listing states no cost at all, so the page must say to ask. */
    public boolean unknown() {
        return !free && options.isEmpty() && details == null;
    }
}
