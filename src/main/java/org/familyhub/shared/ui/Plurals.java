package org.familyhub.shared.ui;

import java.util.Locale;

/**
 * Plural forms by the Unicode CLDR rules for the portal's two languages, for the interface text's
 * {@code {N,plural,=0#…|one#…|few#…|many#…|other#…}}: the branch for argument N's count replaces the whole
 * {@code {N,plural,…}}, and what it holds ({@code {0}} and the rest) is then formatted as usual. An exact
 * {@code =n} wins over a category; {@code other} is the fallback.
 *
 * <p>Java's {@code MessageFormat} choice format picks by ranges, which fits English but not Polish, where 2–4
 * take one form and 5–21 another, then 22–24 the first again ("22 usługi", "25 usług"). ICU4J would do this
 * and much more; it is 14 MB for two rules.
 */
final class Plurals {

    private static final String MARK = ",plural,";

    private Plurals() {
    }

    /** The pattern with every plural part replaced by its branch for the given arguments. */
    static String choose(String pattern, Locale language, Object... params) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int mark;
        while ((mark = pattern.indexOf(MARK, from)) >= 0) {
            int open = pattern.lastIndexOf('{', mark);
            int close = closing(pattern, open);
            if (open < from || close < 0) {
                throw new IllegalArgumentException("Malformed plural in: " + pattern);
            }
            int argument = Integer.parseInt(pattern.substring(open + 1, mark).strip());
            Object value = argument < params.length ? params[argument] : null;
            if (!(value instanceof Number count)) {
                throw new IllegalArgumentException("Plural argument " + argument + " is not a number in: " + pattern);
            }
            out.append(pattern, from, open).append(branch(pattern.substring(mark + MARK.length(), close),
                    count.longValue(), category(language, count.longValue())));
            from = close + 1;
        }
        return from == 0 ? pattern : out.append(pattern.substring(from)).toString();
    }

    /** CLDR's category for a whole number: Polish one/few/many, English one/other. */
    static String category(Locale language, long n) {
        if (n == 1) {
            return "one";
        }
        if (!"pl".equals(language.getLanguage())) {
            return "other";
        }
        long units = Math.abs(n) % 10;
        long tens = Math.abs(n) % 100;
        return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? "few" : "many";
    }

    private static String branch(String body, long count, String category) {
        String chosen = null;
        String other = null;
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '|';
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String part = body.substring(start, i);
                int hash = part.indexOf('#');
                String key = part.substring(0, hash).strip();
                String text = part.substring(hash + 1);
                if (key.equals("=" + count)) {
                    return text;
                }
                if (key.equals(category) && chosen == null) {
                    chosen = text;
                }
                if (key.equals("other")) {
                    other = text;
                }
                start = i + 1;
            }
        }
        if (chosen != null) {
            return chosen;
        }
        if (other != null) {
            return other;
        }
        throw new IllegalArgumentException("No '" + category + "' or 'other' branch in: " + body);
    }

    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
