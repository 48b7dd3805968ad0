package org.familyhub.frontdoor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.Postcode;
import org.familyhub.directory.PostcodeLocation;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The checks on what families and professionals type, done before anything is stored. Each mistake
 * becomes a field name and the key of a plain-English message. Text is plain: markup is refused rather
 * than cleaned, so what the front door reads is exactly what the family wrote.
 */
final class RequestRules {

    static final int NAME = 100;
    static final int EMAIL = 254;
    static final int WORDS = 2000;
    static final int NEEDS = 500;
    static final int SHORT = 200;
    static final int NOTE = 1000;
    static final int MAX_CHILDREN = 10;
    static final int MAX_AGE = 25;
    /** Childcare is for children up to 14, or 17 for disabled children (Childcare Act 2006 s.6). */
    static final int MAX_CHILDCARE_AGE = 17;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s<>]+@[^@\\s<>]+\\.[A-Za-z]{2,}$");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("^[0-9 ()+-]+$");

    private final Map<String, String> errors = new LinkedHashMap<>();

    Map<String, String> errors() {
        return errors;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** Required text: trimmed, within the limit, no markup. */
    @Nullable String required(String field, @Nullable String value, int limit) {
        String text = optional(field, value, limit);
        if (text == null && !errors.containsKey(field)) {
            errors.put(field, "frontdoor.error.required");
        }
        return text;
    }

    /** One required text on its own (a reason, a worker's name): the text, or the field's message thrown. */
    static String requiredAlone(String field, @Nullable String value, int limit) {
        RequestRules rules = new RequestRules();
        String text = rules.required(field, value, limit);
        rules.throwIfAny();
        return Objects.requireNonNull(text);
    }

    /** Optional text: trimmed, null when blank, within the limit, no markup. */
    @Nullable String optional(String field, @Nullable String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > limit) {
            errors.put(field, "frontdoor.error.tooLong");
        } else if (!Jsoup.isValid(text, Safelist.none())) {
            errors.put(field, "frontdoor.error.markup");
        }
        return text;
    }

    @Nullable String email(String field, @Nullable String value, boolean needed) {
        String text = needed ? required(field, value, EMAIL) : optional(field, value, EMAIL);
        if (text != null && !errors.containsKey(field) && !EMAIL_SHAPE.matcher(text).matches()) {
            errors.put(field, "frontdoor.error.email");
        }
        return text;
    }

    /** A UK number, kept as typed but checked as digits: 10 or 11 starting 0, or +44 and the rest. */
    @Nullable String phone(String field, @Nullable String value, boolean needed, boolean mobile) {
        String text = needed ? required(field, value, SHORT) : optional(field, value, SHORT);
        if (text == null || errors.containsKey(field)) {
            return text;
        }
        String digits = text.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        }
        if (!PHONE_CHARACTERS.matcher(text).matches() || !digits.matches("0[0-9]{9,10}")) {
            errors.put(field, "frontdoor.error.phone");
        } else if (mobile && !digits.startsWith("07")) {
            errors.put(field, "frontdoor.error.mobile");
        }
        return text;
    }

    /** A full postcode in the area; its locality decides which front-door team sees the request. */
    Optional<PostcodeLocation> postcode(String field, @Nullable String value, AreaLookup area) {
        String text = required(field, value, 10);
        if (text == null || errors.containsKey(field)) {
            return Optional.empty();
        }
        Optional<Postcode> postcode = Postcode.parse(text);
        if (postcode.isEmpty() || postcode.get().inward().isEmpty()) {
            errors.put(field, "frontdoor.error.postcode");
            return Optional.empty();
        }
        Optional<PostcodeLocation> location = area.postcode(text);
        if (location.isEmpty()) {
            errors.put(field, "frontdoor.error.outsideArea");
        }
        return location;
    }

    void children(List<Child> children) {
        if (children.isEmpty()) {
            errors.put("children", "frontdoor.error.noChildren");
        } else if (children.size() > MAX_CHILDREN) {
            errors.put("children", "frontdoor.error.tooManyChildren");
        }
        for (int i = 0; i < Math.min(children.size(), MAX_CHILDREN); i++) {
            Child child = children.get(i);
            if (child.age() == null) {
                errors.put("child." + i + ".age", "frontdoor.error.required");
            } else if (child.age() < 0 || child.age() > MAX_AGE) {
                errors.put("child." + i + ".age", "frontdoor.error.age");
            }
            optional("child." + i + ".needs", child.additionalNeeds(), NEEDS);
        }
    }

    /**
     * A child's age for childcare as years (0 to 17) and months over (0 to 11, blank meaning 0); answers the
     * age in months, or 0 with the field's message when it is wrong.
     */
    int childAgeInMonths(String yearsField, @Nullable Integer years, String monthsField, @Nullable Integer months) {
        if (years == null) {
            errors.put(yearsField, "frontdoor.error.required");
        } else if (years < 0 || years > MAX_CHILDCARE_AGE) {
            errors.put(yearsField, "frontdoor.error.childcareAge");
        }
        if (months != null && (months < 0 || months > 11)) {
            errors.put(monthsField, "frontdoor.error.months");
        }
        if (errors.containsKey(yearsField) || errors.containsKey(monthsField)) {
            return 0;
        }
        return years * 12 + (months == null ? 0 : months);
    }

    /** A time of day from and to, both given, the first before the second. */
    void timesOfDay(String fromField, @Nullable LocalTime from, String toField,
            @Nullable LocalTime to) {
        if (from == null) {
            errors.put(fromField, "frontdoor.error.required");
        }
        if (to == null) {
            errors.put(toField, "frontdoor.error.required");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            errors.put(toField, "frontdoor.error.timesOrder");
        }
    }

    void topics(Set<String> topics, Set<String> known) {
        if (!known.containsAll(topics)) {
            errors.put("topics", "frontdoor.error.topic");
        }
    }

    /** The contact details as the family gave them, checked against the ways they chose. */
    record Contact(@Nullable String email, @Nullable String phone, @Nullable String times) {
    }

    /**
     * The part every front-door form shares: at least one way to be contacted, an address or number for each way
     * chosen (a mobile for texts), times, whether a message is safe, and consent to share.
     */
    Contact contact(Set<ContactMethod> methods, @Nullable String email, @Nullable String phone,
            @Nullable String times, @Nullable Boolean safeToLeaveMessage, @Nullable Boolean consentToShare) {
        require("contactMethods", !methods.isEmpty(), "frontdoor.error.contactMethod");
        Contact contact = new Contact(email("email", email, methods.contains(ContactMethod.EMAIL)),
                phone("phone", phone, methods.contains(ContactMethod.PHONE) || methods.contains(ContactMethod.TEXT),
                        methods.contains(ContactMethod.TEXT)),
                optional("contactTimes", times, SHORT));
        answered("safeToLeaveMessage", safeToLeaveMessage);
        answered("consentToShare", consentToShare);
        return contact;
    }

    void answered(String field, @Nullable Boolean answer) {
        if (answer == null) {
            errors.put(field, "frontdoor.error.choose");
        }
    }

    void notAfter(String field, @Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            errors.put(field, "frontdoor.error.required");
        } else if (date.isAfter(today)) {
            errors.put(field, "frontdoor.error.future");
        }
    }

    void require(String field, boolean condition, String key) {
        if (!condition && !errors.containsKey(field)) {
            errors.put(field, key);
        }
    }

    static @Nullable String normalisedPostcode(@Nullable String text) {
        return text == null ? null : Postcode.parse(text).map(Postcode::toString).orElse(text.strip());
    }
}
