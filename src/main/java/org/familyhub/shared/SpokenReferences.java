package org.familyhub.shared;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * References families can read out on the phone, {@code FH-7K3Q-9P2M}: no 0/O, 1/I/L or U, so nothing is
 * misheard or misread; random, so a reference tells nobody how many others there are. 30^8 make a clash rare,
 * and one is simply drawn again.
 */
public final class SpokenReferences {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SpokenReferences() {
    }

    /** A new reference with the prefix ("FH", "BK") that {@code taken} does not know. */
    public static String next(String prefix, Predicate<String> taken) {
        String reference;
        do {
            reference = prefix + "-" + block() + "-" + block();
        } while (taken.test(reference));
        return reference;
    }

    private static String block() {
        StringBuilder block = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            block.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return block.toString();
    }
}
