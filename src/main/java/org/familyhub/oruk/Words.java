package org.familyhub.oruk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * {@code search} on the short lists (organisations, taxonomies, terms): every word, ignoring case, somewhere
 * in the record's text. The services' own search is the portal's search engine; these lists are not indexed.
 */
record Words(List<String> words) {

    static Words of(@Nullable String text) {
        return new Words(text == null ? List.of()
                : Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList());
    }

    boolean foundIn(@Nullable String... texts) {
        String all = String.join(" ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList())
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(all::contains);
    }
}
