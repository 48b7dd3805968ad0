package org.familyhub.localoffer;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/** The checks on text the Local Offer publishes: trimmed, within a length, plain (markup is refused, not cleaned). */
final class PlainAnswer {

    private PlainAnswer() {
    }

    /** The trimmed text, or null when blank; a mistake goes into {@code errors} under {@code field}. */
    static @Nullable String check(String field, @Nullable String value, int limit, boolean required,
            Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "localoffer.error.required");
            }
            return null;
        }
        String text = value.strip().replace("\r\n", "\n");
        if (text.length() > limit) {
            errors.put(field, "localoffer.error.tooLong");
        } else if (!Jsoup.isValid(text, Safelist.none())) {
            errors.put(field, "localoffer.error.markup");
        }
        return text;
    }
}
