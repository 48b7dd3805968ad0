package org.familyhub.feedback;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A survey as an editor or manager defines it; saving it makes a new version.
 *
 * @param allowContact whether the form offers optional contact details (asked with consent); surveys
 *                     are anonymous by default
 */
public record SurveyDraft(String title, @Nullable String intro, Audience audience, @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn, boolean allowContact, List<Question> questions) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INTRO = 2000;
    public static final int MAX_QUESTIONS = 30;

    public SurveyDraft {
        questions = List.copyOf(questions);
        if (title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A survey needs a title of at most " + MAX_TITLE + " characters.");
        }
        if (intro != null && intro.length() > MAX_INTRO) {
            throw new IllegalArgumentException("The introduction is at most " + MAX_INTRO + " characters.");
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("A survey asks between 1 and " + MAX_QUESTIONS + " questions.");
        }
        if (questions.stream().map(Question::key).distinct().count() != questions.size()) {
            throw new IllegalArgumentException("Two questions have the same key.");
        }
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("The survey cannot close before it opens.");
        }
    }
}
