package org.familyhub.workspace.quality;

import java.text.Normalizer;
import java.util.Locale;

import org.familyhub.shared.EditDistance;

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
        return 1.0 - (double) EditDistance.between(x, y) / longer >= SIMILAR;
    }

    public static String postcodeKey(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
