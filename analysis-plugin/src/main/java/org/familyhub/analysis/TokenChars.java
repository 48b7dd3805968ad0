package org.familyhub.analysis;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The {@code token_chars} option of the n-gram tokenizers: which characters belong to a token.
 * Character classes as in Elasticsearch's CharMatcher.
 */
final class TokenChars {

    private TokenChars() {
    }

    /** Returns null when no classes are listed: then every character is a token character. */
    static IntPredicate parse(List<String> classes, String customChars) {
        if (classes.isEmpty()) {
            return null;
        }
        IntPredicate result = c -> false;
        for (String name : classes) {
            result = result.or(single(name.trim(), customChars));
        }
        return result;
    }

    private static IntPredicate single(String name, String customChars) {
        return switch (name) {
            case "letter" -> c -> switch (Character.getType(c)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
                default -> false;
            };
            case "digit" -> c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
            case "whitespace" -> Character::isWhitespace;
            case "punctuation" -> c -> switch (Character.getType(c)) {
                case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                     Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                     Character.FINAL_QUOTE_PUNCTUATION -> true;
                default -> false;
            };
            case "symbol" -> c -> switch (Character.getType(c)) {
                case Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL, Character.OTHER_SYMBOL,
                     Character.MODIFIER_SYMBOL -> true;
                default -> false;
            };
            case "custom" -> {
                if (customChars.isEmpty()) {
                    throw new IllegalArgumentException("token_chars [custom] requires custom_token_chars to be set");
                }
                yield c -> customChars.codePoints().anyMatch(x -> x == c);
            }
            default -> throw new IllegalArgumentException("Unknown token type: '" + name
                + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
        };
    }
}
