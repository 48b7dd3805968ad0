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

    /** The same JSON with {@code < > &} and U+2028/U+2029 written as {@code \}{@code uXXXX} escapes. */
    public static String escape(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
