package org.familyhub.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The childcare facts of services, as the index holds them under {@code childcare}: given by the childcare
 * module, so search knows the fields it maps and filters but not where they are kept. A service that is no
 * childcare provider has no entry.
 */
public interface ChildcareDocuments {

    Map<UUID, Facts> of(Collection<UUID> serviceIds);

    /**
     * @param openDays  RFC 5545 day codes
     * @param funded    entitlement codes
     * @param vacancies every vacancy with places, fresh or not: a search asks for those updated since a date
     */
    record Facts(String providerType, int minAgeMonths, int maxAgeMonths, Set<String> openDays,
            Set<String> funded, boolean sendExperience, @Nullable String grade, List<OpenPlace> vacancies) {

        public Facts {
            openDays = Set.copyOf(openDays);
            funded = Set.copyOf(funded);
            vacancies = List.copyOf(vacancies);
        }
    }

    /** Places for children of {@code fromMonths} to {@code toMonths} (inclusive) on a day. */
    record OpenPlace(String day, int fromMonths, int toMonths, LocalDate updated) {
    }
}
