package org.familyhub.feedback;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One question of one survey version.
 *
 * @param key     stable within the survey (answers and CSV columns use it), e.g. {@code ease}
 * @param options the choices, for single and multiple choice only
 */
public record Question(String key, QuestionType type, String label, @Nullable String hint, boolean required,
        List<String> options) {

    public static final int MAX_LABEL = 300;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_OPTION = 100;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public Question {
        options = List.copyOf(options);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A question key is lower-case letters, digits and _: " + key);
        }
        if (label.isBlank() || label.length() > MAX_LABEL) {
            throw new IllegalArgumentException("Every question needs its words, at most " + MAX_LABEL
                    + " characters.");
        }
        if (type.hasOptions() && (options.size() < 2 || options.size() > MAX_OPTIONS)) {
            throw new IllegalArgumentException("A choice question needs between 2 and " + MAX_OPTIONS
                    + " choices: " + label);
        }
        if (!type.hasOptions() && !options.isEmpty()) {
            throw new IllegalArgumentException("Only choice questions have choices: " + label);
        }
        if (options.stream().anyMatch(o -> o.isBlank() || o.length() > MAX_OPTION)
                || new HashSet<>(options).size() != options.size()) {
            throw new IllegalArgumentException("Each choice must be different and at most " + MAX_OPTION
                    + " characters: " + label);
        }
    }

    /** The values an answer may take, in order; empty for free text. */
    public List<String> values() {
        return type.values(options);
    }
}
