package org.familyhub.feedback;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A survey in the workspace list: its current version and how many answered it. */
public record SurveyOverview(UUID id, @Nullable String code, String title, Audience audience, int version,
        @Nullable LocalDate opensOn, @Nullable LocalDate closesOn, boolean open, long responses) {
}
