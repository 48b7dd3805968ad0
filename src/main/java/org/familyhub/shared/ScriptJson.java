package org.familyhub.shared;

/**
 * JSON made safe to write inside an HTML {@code <script>} element (JSON-LD, any inline data). Valid JSON
 * may hold {@code </script>} or {@code <!--} inside a string, and the HTML parser ends or changes the
 * script there, before any JSON parser sees it; U+2028 and U+2029 end a line in older JavaScript. Each of
 * those characters can only occur inside a JSON string, where its {@code \}{@code uXXXX} escape means the
 * same, so replacing them changes nothing a JSON reader sees.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /**
     * The same JSON with {@code < > &} and U+2028/U+2029 written as {@code \}{@code uXXXX} escapes. The text
     * between them is copied in runs, not a character at a time: a page's first update, escaped on every visit, is
     * tens of kilobytes.
     */
    public static String escape(String json) {
        StringBuilder safe = null;
        int copied = 0;
        for (int i = 0; i < json.length(); i++) {
            String escaped = switch (json.charAt(i)) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escaped != null) {
                if (safe == null) {
                    safe = new StringBuilder(json.length() + json.length() / 8);
                }
                safe.append(json, copied, i).append(escaped);
                copied = i + 1;
            }
        }
        return safe == null ? json : safe.append(json, copied, json.length()).toString();
    }
}
