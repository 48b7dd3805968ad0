package org.familyhub.feedback;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;

/**
 * Free text from the public: plain words only. Anything jsoup reads as markup (a tag, a script, a comment)
 * is turned down rather than silently changed, so what is stored is exactly what the person sees they sent.
 */
final class PlainText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private PlainText() {
    }

    /** Trimmed, line breaks unified, control characters removed. */
    static String tidy(String text) {
        return CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
    }

    /** True when jsoup finds a tag or comment; a lone "<" as in "I <3 it" or "a < b" is just text. */
    static boolean hasMarkup(String text) {
        return Jsoup.parseBodyFragment(text).body().childNodes().stream()
                .anyMatch(node -> !(node instanceof TextNode));
    }
}
