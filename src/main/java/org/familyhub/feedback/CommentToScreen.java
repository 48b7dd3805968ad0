package org.familyhub.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A free-text answer waiting for an editor.
 *
 * @param personalData       what looks like personal data in it (e-mail addresses, phone numbers, postcodes)
 * @param suggestedRedaction the text with those parts replaced, as a starting point for the editor
 */
public record CommentToScreen(long answerId, String surveyTitle, String question, String text, Instant submittedAt,
        List<String> personalData, String suggestedRedaction) {

    public CommentToScreen {
        personalData = List.copyOf(personalData);
    }
}
