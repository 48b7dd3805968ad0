package org.familyhub.feedback;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Free text from the public: plain words only. Anything jsoup reads as markup (a tag, a script) is
 * turned down rather than silently changed, so what is stored is exactly what the person sees they sent.
 */
final class PlainText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private PlainText() {
    }

    /** Trimmed, line breaks unified, control characters removed. */
    static String tidy(String text) {
        return CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
    }

    static boolean hasMarkup(String text) {
        return !Jsoup.isValid(text, Safelist.none());
    }
}
