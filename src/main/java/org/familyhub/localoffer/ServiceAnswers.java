package org.familyhub.localoffer;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A service's answers to the Local Offer questions.
 *
 * @param answers   by question, only those answered, in the questions' order
 * @param updatedAt when its provider (or an editor) last saved them
 */
public record ServiceAnswers(UUID serviceId, String serviceName, Set<LocalOfferArea> areas,
        Map<LocalOfferQuestion, String> answers, Instant updatedAt) {

    public ServiceAnswers {
        areas = Set.copyOf(areas);
        answers = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(answers.isEmpty()
                ? new java.util.EnumMap<LocalOfferQuestion, String>(LocalOfferQuestion.class) : answers));
    }
}
