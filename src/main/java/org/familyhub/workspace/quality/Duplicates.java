package org.familyhub.workspace.quality;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether two listings are the same service under slightly different names: at the same postcode,
 * names equal once case, punctuation and "&"/"and" are ignored, or differing by a few letters.
 */
public final class Duplicates {

    private static final double SIMILAR = 0.85;

    private Duplicates() {
    }

    public static boolean similarNames(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        int longer = Math.max(x.length(), y.length());
        return 1.0 - (double) distance(x, y) / longer >= SIMILAR;
    }

    public static String postcodeKey(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
