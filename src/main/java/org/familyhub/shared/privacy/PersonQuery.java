package org.familyhub.shared.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.familyhub.shared.SpokenReferences;
import org.familyhub.shared.SqlLike;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator typed, read as the one thing it can be: an e-mail address (trimmed, small letters), a UK
 * phone number (digits only, {@code +44} read as {@code 0}), a reference however typed ({@code fh 7k3q 9p2m},
 * {@code P-AB12CD}) or else part of a name.
 *
 * @param value the normalised form each module compares with: the address, the digits, the reference or the name
 */
public record PersonQuery(By by, String value) {

    /** How the person is looked for. */
    public enum By { EMAIL, PHONE, REFERENCE, NAME }

    private static final Pattern PHONE_TYPED = Pattern.compile("[0-9+()\\s.-]{10,}");
    private static final Pattern PROBLEM_REFERENCE = Pattern.compile("P-?[A-Z2-9]{6}");

    /** Empty for blank text or a name of fewer than three letters (it would find half the county). */
    public static Optional<PersonQuery> of(String typed) {
        String text = typed.strip();
        if (text.contains("@")) {
            return Optional.of(new PersonQuery(By.EMAIL, text.toLowerCase(Locale.ROOT)));
        }
        if (PHONE_TYPED.matcher(text).matches()) {
            String digits = ukDigits(text);
            if (digits.length() >= 10) {
                return Optional.of(new PersonQuery(By.PHONE, digits));
            }
        }
        String upper = text.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        if (PROBLEM_REFERENCE.matcher(upper).matches() && upper.chars().anyMatch(Character::isDigit)) {
            return Optional.of(new PersonQuery(By.REFERENCE, "P-" + upper.substring(upper.length() - 6)));
        }
        // A reference typed with its prefix ("FH WRQJ EHAX") is one even with no digit (about one in twelve are all
        // letters); eight letters alone could be a name, so without the prefix a digit is asked for.
        Optional<String> reference = SpokenReferences.normalised(text, "FH")
                .filter(found -> found.chars().anyMatch(Character::isDigit) || typedWithPrefix(upper, found));
        if (reference.isPresent()) {
            return Optional.of(new PersonQuery(By.REFERENCE, reference.get()));
        }
        return text.length() < 3 ? Optional.empty() : Optional.of(new PersonQuery(By.NAME, text));
    }

    private static final java.util.Set<String> REFERENCE_PREFIXES = java.util.Set.of("FH", "BK", "PW");

    private static boolean typedWithPrefix(String upperWithoutSpaces, String reference) {
        String letters = upperWithoutSpaces.replace("-", "");
        return letters.length() == 10 && REFERENCE_PREFIXES.contains(reference.substring(0, 2));
    }

    /**
     * A UK number as digits: {@code +44 (0)7700 900123}, {@code 0044 7700 900123} and {@code 07700900123} are one.
     * The database's generated {@code *_phone_digits} columns (V13_6) hold the same form of each stored number.
     */
    public static String ukDigits(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("440")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("44")) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    /** The columns a table keeps for each way of finding a person; {@code null} where it keeps none. */
    public record Columns(@Nullable String email, @Nullable String phoneDigits, @Nullable String reference,
            @Nullable String name) {
    }

    /**
     * The SQL condition this query puts on a table's columns, bound to {@code :value} ({@link #parameter()}): equal for
     * an e-mail, phone or reference, "contains" for a name. Empty when the table keeps nothing this query looks for.
     */
    public Optional<String> condition(Columns columns) {
        String column = switch (by) {
            case EMAIL -> columns.email();
            case PHONE -> columns.phoneDigits();
            case REFERENCE -> columns.reference();
            case NAME -> columns.name();
        };
        return Optional.ofNullable(column).map(c -> c + (by == By.NAME ? " like :value" : " = :value"));
    }

    /** What {@link #condition(Columns)}'s {@code :value} is bound to. */
    public String parameter() {
        return by == By.NAME ? containsPattern() : value;
    }

    /** The name as a LIKE pattern ("contains"), its wildcards escaped; the tables' collation ignores case. */
    public String containsPattern() {
        return SqlLike.containing(value);
    }
}
