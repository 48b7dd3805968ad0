package org.familyhub.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks answers against the questions of the version answered: the right type, a value the question
 * offers, every required question answered, free text plain and not too long.
 */
final class AnswerRules {

    static final int MAX_EMAIL = 250;
    static final int MAX_NAME = 120;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AnswerRules() {
    }

    /** One value to store. */
    record Value(String key, String value, boolean freeText) {
    }

    static List<Value> check(List<Question> questions, Map<String, List<String>> answers, int maxText,
            List<Problem> problems) {
        for (String key : answers.keySet()) {
            if (questions.stream().noneMatch(q -> q.key().equals(key))) {
                problems.add(Problem.of(key, "feedback.error.unknownQuestion"));
            }
        }
        List<Value> values = new ArrayList<>();
        for (Question question : questions) {
            List<String> given = answers.getOrDefault(question.key(), List.of()).stream()
                    .map(PlainText::tidy).filter(v -> !v.isEmpty()).toList();
            if (given.isEmpty()) {
                if (question.required()) {
                    problems.add(Problem.of(question.key(), "feedback.error.required"));
                }
                continue;
            }
            Problem problem = problem(question, given, maxText);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            given.forEach(v -> values.add(new Value(question.key(), v, question.type() == QuestionType.FREE_TEXT)));
        }
        return values;
    }

    private static @Nullable Problem problem(Question question, List<String> given, int maxText) {
        String key = question.key();
        if (given.size() > 1 && question.type() != QuestionType.MULTIPLE_CHOICE) {
            return Problem.of(key, "feedback.error.oneAnswer");
        }
        if (new HashSet<>(given).size() != given.size()) {
            return Problem.of(key, "feedback.error.choice");
        }
        return switch (question.type()) {
            case FREE_TEXT -> text(key, given.getFirst(), maxText);
            case SCALE_1_5, SCALE_0_10 -> question.values().contains(given.getFirst()) ? null
                    : Problem.of(key, "feedback.error.scale", question.values().getFirst(),
                            question.values().getLast());
            case YES_NO -> question.values().contains(given.getFirst()) ? null
                    : Problem.of(key, "feedback.error.yesNo");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.values().containsAll(given) ? null
                    : Problem.of(key, "feedback.error.choice");
        };
    }

    /** Plain, not too long; null when fine. */
    static @Nullable Problem text(String field, String text, int maxText) {
        if (text.length() > maxText) {
            return Problem.of(field, "feedback.error.tooLong", maxText);
        }
        return PlainText.hasMarkup(text) ? Problem.of(field, "feedback.error.markup") : null;
    }

    static @Nullable Problem email(String field, String email) {
        return email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()
                ? Problem.of(field, "feedback.error.email") : null;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String tidy = PlainText.tidy(text);
        return tidy.isEmpty() ? null : tidy;
    }
}
