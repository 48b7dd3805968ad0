package org.familyhub.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots what is most often personal data in a comment (e-mail addresses, phone numbers, full
 * postcodes), so editors can redact it. A help for people, not a guarantee: names still need an eye.
 */
final class PersonalData {

    static final String REMOVED = "[removed]";
    private static final Pattern FOUND = Pattern.compile(String.join("|",
            "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+",
            "(\\+44\\s?|\\b0)(\\d[\\s-]?){8,9}\\d\\b",
            "\\b[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}\\b"));

    private PersonalData() {
    }

    static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = FOUND.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().strip());
        }
        return found;
    }

    static String redact(String text) {
        return FOUND.matcher(text).replaceAll(REMOVED);
    }
}
