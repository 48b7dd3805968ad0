package org.familyhub.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A UK phone number as a provider types it for families: with spaces, brackets or hyphens, starting 0 or +44, 10 or
 * 11 digits in all; or a short national number such as 111 or 116 123, which families are told to ring. The number
 * is shown as the provider wrote it (their grouping is how the number is known locally), only its spacing tidied.
 *
 * @param display the number as typed, runs of spaces made one and the ends trimmed, e.g. {@code 01270 123456}
 */
public record PhoneNumber(String display) {

    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("^\\+?[0-9 ()-]+$");
    /** 0 and 9 or 10 more digits; +44 and 9 or 10; or a three- or six-digit number starting 1 (111, 116 123). */
    private static final Pattern UK_DIGITS = Pattern.compile("^(0\\d{9,10}|\\+44\\d{9,10}|1\\d{2}(\\d{3})?)$");

    public PhoneNumber {
        if (!valid(display)) {
            throw new IllegalArgumentException("not a UK phone number");
        }
    }

    /** The number with its spacing tidied, or empty when the text is not a UK number (blank included). */
    public static Optional<PhoneNumber> parse(@Nullable String text) {
        String tidied = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return valid(tidied) ? Optional.of(new PhoneNumber(tidied)) : Optional.empty();
    }

    /** The digits alone, with a leading + kept: two ways of writing one number compare equal. */
    public String digits() {
        return display.replaceAll("[\\s()-]", "");
    }

    private static boolean valid(String text) {
        return ALLOWED_CHARACTERS.matcher(text).matches()
                && UK_DIGITS.matcher(text.replaceAll("[\\s()-]", "")).matches();
    }

    @Override
    public String toString() {
        return display;
    }
}
