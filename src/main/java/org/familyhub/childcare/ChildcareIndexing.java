package org.familyhub.childcare;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familyhub.childcare.domain.ChildcareRepository;
import org.familyhub.search.ChildcareDocuments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the search index each provider's childcare facts. Vacancies go in with their update date, never a
 * "fresh" flag: a vacancy goes stale with time alone, so a search asks for those updated since three months ago.
 */
@Component
class ChildcareIndexing implements ChildcareDocuments {

    private final ChildcareRepository providers;
    private final Clock clock;

    ChildcareIndexing(ChildcareRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Facts> of(Collection<UUID> serviceIds) {
        Map<UUID, Facts> documents = new LinkedHashMap<>();
        for (ChildcareFacts facts : providers.findAll(serviceIds)) {
            documents.put(facts.serviceId(), document(facts));
        }
        return documents;
    }

    private Facts document(ChildcareFacts facts) {
        return new Facts(facts.providerType().code(), facts.minAgeMonths(), facts.maxAgeMonths(),
                java.util.Set.copyOf(facts.openingDays()), facts.funded().stream().map(Entitlement::code).collect(Collectors.toSet()),
                facts.sendExperience() != null && !facts.sendExperience().isBlank(), facts.inspectionGrade(),
                facts.vacancies().stream().filter(v -> v.places() > 0)
                        .map(v -> new OpenPlace(v.day(), v.ageGroup().fromMonths(), v.ageGroup().toMonths(),
                                v.updatedAt().atZone(clock.getZone()).toLocalDate()))
                        .toList());
    }
}
