package org.familyhub.feedback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One exact version of a survey, as a form shows it. The answers name {@link #versionId()}, so they keep
 * the questions that were asked even when the survey changes while someone fills it in.
 *
 * @param code the built-in survey's code, or null for a survey an editor defined
 * @param open whether answers are accepted today (between the open and close dates)
 */
public record SurveyForm(UUID surveyId, @Nullable String code, UUID versionId, int version, String title,
        @Nullable String intro, Audience audience, boolean allowContact, boolean open, List<Question> questions) {

    public SurveyForm {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }
}
