package org.familyhub.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Answers to one survey version, as a public form sends them.
 *
 * @param answers        values by question key: a choice, {@code yes}/{@code no}, a number as text, or the
 *                       free text; several values only for multiple choice
 * @param context        where the answer was given (service, locality, page), for results
 * @param invitation     the token of an outcome survey invitation, or null
 * @param sender         who is sending, for the rate limit: the client's address
 * @param honeypot       a field people never see; anything in it means a robot filled the form
 */
public record Submission(UUID versionId, Map<String, List<String>> answers, Context context,
        @Nullable Contact contact, @Nullable String invitation, String sender, @Nullable String honeypot) {

    public Submission {
        answers = Map.copyOf(answers);
    }

    /** Where the form was answered. */
    public record Context(@Nullable UUID serviceId, @Nullable String localityCode, @Nullable String pageRoute) {

        public static final Context NONE = new Context(null, null, null);
    }

    /** Contact details the person chose to give, with their consent to be contacted. */
    public record Contact(@Nullable String name, @Nullable String email, boolean consent) {
    }
}
