package org.familyhub.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organisation's number in a national register, as published in HSDS {@code organization_identifiers}: the
 * register by its org-id.guide code, the kind of number, and the number written the register's way. Two registers
 * matter to an English council's providers: the Charity Commission for England and Wales ({@code GB-CHC}: 6 or 7
 * digits, a linked charity after a dash, "1123456-1") and Companies House ({@code GB-COH}: 8 characters, digits
 * or two letters and six digits such as "SC123456"; shorter numbers are written with the register's leading
 * noughts). Spaces typed between the digits are left out.
 */
public record RegisterNumber(Register register, String number) {

    /** A register, its org-id.guide code and the word HSDS calls the identifier's type. */
    public enum Register {
        CHARITY("GB-CHC", "charity", Pattern.compile("^[0-9]{6,7}(-[0-9]{1,2})?$")),
        COMPANY("GB-COH", "company", Pattern.compile("^([0-9]{6,8}|[A-Z]{2}[0-9]{6})$"));

        private final String scheme;
        private final String type;
        private final Pattern shape;

        Register(String scheme, String type, Pattern shape) {
            this.scheme = scheme;
            this.type = type;
            this.shape = shape;
        }

        public String scheme() {
            return scheme;
        }

        public String type() {
            return type;
        }

        public static Optional<Register> ofScheme(String scheme) {
            for (Register register : values()) {
                if (register.scheme.equals(scheme)) {
                    return Optional.of(register);
                }
            }
            return Optional.empty();
        }
    }

    /** The number as the register writes it, if it has the register's shape. */
    public static Optional<RegisterNumber> parse(Register register, String typed) {
        String number = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!register.shape.matcher(number).matches()) {
            return Optional.empty();
        }
        if (register == Register.COMPANY && Character.isDigit(number.charAt(0))) {
            number = "0".repeat(8 - number.length()) + number;
        }
        return Optional.of(new RegisterNumber(register, number));
    }
}
