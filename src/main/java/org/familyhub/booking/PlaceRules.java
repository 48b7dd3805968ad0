package org.familyhub.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The booking form's rules, checked before anything is read or written: the first wrong field is refused
 * with a plain message ({@link InvalidBookingException}).
 */
final class PlaceRules {

    static final int MAX_CHILDREN = 10;
    static final int OLDEST = 18;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

    /** A form that passed: trimmed, with the ages as numbers. */
    record ValidPlace(String name, @Nullable String email, @Nullable String phone, List<Integer> ages,
            int crecheChildren, @Nullable String crecheNeeds, @Nullable String accessNeeds) {

        String agesText() {
            return String.join(", ", ages.stream().map(String::valueOf).toList());
        }
    }

    private PlaceRules() {
    }

    static ValidPlace check(PlaceRequest form) {
        if (!KEY.matcher(form.idempotencyKey()).matches()) {
            throw invalid("", "booking.error.form", "The form was not sent as it was shown; please reload the page.");
        }
        String name = text(form.parentName(), 200);
        if (name == null) {
            throw invalid("parentName", "booking.error.name", "Enter your name.");
        }
        String email = text(form.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw invalid("email", "booking.error.email", "Enter an e-mail address like name@example.org.");
        }
        String phone = text(form.phone(), 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw invalid("phone", "booking.error.phone", "Enter a phone number like 01270 000 000.");
        }
        if (email == null && phone == null) {
            throw invalid("email", "booking.error.contact", "Enter an e-mail address or a phone number so we can reach you.");
        }
        List<Integer> ages = ages(form.childrenAges());
        if (form.crecheChildren() < 0 || form.crecheChildren() > ages.size()) {
            throw invalid("crecheChildren", "booking.error.creche",
                    "The number of children for the crèche must be between 0 and the number of children.");
        }
        if (!form.consentToContact()) {
            throw invalid("consentToContact", "booking.error.consent",
                    "We need your agreement to contact you about the course.");
        }
        return new ValidPlace(name, email == null ? null : email.toLowerCase(Locale.ROOT), phone, ages,
                form.crecheChildren(), text(form.crecheNeeds(), 500), text(form.accessNeeds(), 1000));
    }

    /** "2, 5" → [2, 5]: whole years from 0 (a baby) to 18, one to ten children. */
    static List<Integer> ages(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw invalid("childrenAges", "booking.error.agesMissing", "Enter your children's ages, for example 2, 5.");
        }
        List<Integer> ages = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            String age = part.strip();
            if (!age.matches("[0-9]{1,2}") || Integer.parseInt(age) > OLDEST) {
                throw invalid("childrenAges", "booking.error.ages",
                        "Enter each child's age in whole years from 0 to 18, separated by commas, for example 2, 5.");
            }
            ages.add(Integer.parseInt(age));
        }
        if (ages.size() > MAX_CHILDREN) {
            throw invalid("childrenAges", "booking.error.ages",
                    "Enter each child's age in whole years from 0 to 18, separated by commas, for example 2, 5.");
        }
        return List.copyOf(ages);
    }

    private static @Nullable String text(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw invalid("", "booking.error.tooLong", "An answer is longer than " + max + " characters.");
        }
        return trimmed;
    }

    static InvalidBookingException invalid(String field, String key, String message) {
        return new InvalidBookingException(field, key, message);
    }
}
