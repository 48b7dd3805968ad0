package org.familyhub.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in links sent by e-mail (cancel and offer links for course places, setting a password):
 * 32 random bytes, of which only the SHA-256 is stored. A link cannot be guessed, and someone who reads the
 * database cannot use one.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token, 64 hexadecimal digits: what is stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether a string is shaped like a token (a forged or cut-off link is refused before any lookup). */
    public static boolean wellFormed(String token) {
        return token.matches("[A-Za-z0-9_-]{43}");
    }
}
