package org.familyhub.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request for help, a referral or a programme place was closed and the family gave an address: time to
 * ask whether they are better off. Publish it as an event or pass it to {@link OutcomeSurveys#send}.
 *
 * @param subjectId what was closed (the request, referral or booking): one survey per subject
 */
public record OutcomeSurveyDue(UUID subjectId, String email, @Nullable UUID serviceId,
        @Nullable String localityCode) {
}
