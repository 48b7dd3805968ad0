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

    /**
     * The reference as stored ({@code FH-7K3Q-9P2M}) however it was typed: spaces, dashes and small letters
     * ignored, and eight characters alone taken to be {@code defaultPrefix}'s. Empty when it cannot be one.
     */
    public static java.util.Optional<String> normalised(String typed, String defaultPrefix) {
        String letters = typed.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
        if (letters.length() == 8) {
            letters = defaultPrefix + letters;
        }
        return letters.length() == 10 && letters.substring(0, 2).chars().allMatch(Character::isLetter)
                && letters.substring(2).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? java.util.Optional.of(letters.substring(0, 2) + "-" + letters.substring(2, 6) + "-" + letters.substring(6))
                : java.util.Optional.empty();
    }

    private static String block() {
        StringBuilder block = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            block.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return block.toString();
    }
}
