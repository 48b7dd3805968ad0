package org.familyhub.workspace;

import org.jspecify.annotations.Nullable;

/**
 * One change to a listing as a person reads it: "Phone number" was "01270 555 123", is "01270 555 999".
 * {@code section} groups changes that are approved or returned together in a review (e.g. {@code contact},
 * or one venue); {@code sectionLabel} names it. Values are plain text: no markup, codes or document paths.
 */
public record ChangeInWords(String section, String sectionLabel, String label, @Nullable String before,
        @Nullable String after) {
}
