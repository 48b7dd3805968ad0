package org.familyhub.localoffer;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a provider typed into the Local Offer form for a service, checked by {@link LocalOffer#save}. */
public record AnswersForm(Set<LocalOfferArea> areas, Map<LocalOfferQuestion, @Nullable String> answers) {

    public AnswersForm {
        areas = Set.copyOf(areas);
        answers = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(answers));
    }
}
