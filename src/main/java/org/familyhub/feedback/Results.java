package org.familyhub.feedback;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What one survey version's respondents said, for the filter asked. Free text appears only once an
 * editor screened it; contact details never appear.
 *
 * @param versions every version of the survey, newest first
 */
public record Results(UUID surveyId, String title, int version, List<Integer> versions, ResultsFilter filter,
        long responses, List<QuestionResult> questions) {

    public Results {
        versions = List.copyOf(versions);
        questions = List.copyOf(questions);
    }

    /**
     * One question's answers.
     *
     * @param answered  how many responses answered it
     * @param counts    for every possible value, in order, how many chose it (empty for free text)
     * @param average   the mean, for scales only
     * @param comments  the screened free text
     * @param awaitingScreening free-text answers an editor has not screened yet
     */
    public record QuestionResult(String key, String label, QuestionType type, long answered, List<Count> counts,
            @Nullable Double average, List<String> comments, long awaitingScreening) {

        public QuestionResult {
            counts = List.copyOf(counts);
            comments = List.copyOf(comments);
        }
    }

    public record Count(String value, long count) {
    }
}
