package org.familyhub.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Another module's facts about services that the Open Referral UK API publishes with them, as HSDS attributes
 * (a taxonomy term, with the fact as its {@code value} and a {@code label}): the SEND Local Offer's answers.
 * The term must exist in the directory's taxonomies, so {@code /taxonomies} and {@code /taxonomy_terms} publish
 * it too; an attribute whose term is unknown is left out.
 */
public interface ServiceAttributeSource {

    /** The attributes of the services among {@code serviceIds} that have any; asked once per list of services. */
    Map<UUID, List<PublishedAttribute>> attributes(Collection<UUID> serviceIds);

    /**
     * The services that carry this source's attribute of the term {@code termCode} of {@code taxonomy}, or any term
     * of it when {@code termCode} is null, as one SQL query of their ids ({@code select service_id from …}, with no
     * parameters): so the Open Referral filters {@code taxonomy_term_id} and {@code taxonomy_id} find them in the
     * database, counted and paged there, as they find the directory's own attributes. Empty when the taxonomy or
     * term is not this source's.
     */
    default Optional<String> servicesWith(String taxonomy, @Nullable String termCode) {
        return Optional.empty();
    }

    /**
     * @param taxonomy the taxonomy's name, e.g. {@code local-offer}
     * @param termCode the term's code within it
     */
    record PublishedAttribute(String taxonomy, String termCode, String value, @Nullable String label) {
    }
}
