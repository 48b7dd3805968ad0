package org.familyhub.directory.feed.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

/** A feed's codes in words: the outcome of a pull, what kind of pull it was, its counts. */
final class FeedWords {

    private FeedWords() {
    }

    static String status(Component on, String status) {
        return on.getTranslation("feeds.status." + status);
    }

    static String mode(Component on, String mode) {
        return on.getTranslation("feeds.mode." + mode);
    }

    /** "3 added, 1 refused"; "Nothing in it" when the pull brought no record. */
    static String counts(Component on, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return on.getTranslation("feeds.counts.none");
        }
        return counts.entrySet().stream()
                .map(e -> on.getTranslation("feeds.count." + e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
