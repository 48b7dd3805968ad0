package org.familyhub.localoffer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.directory.ServiceAttributeSource;
import org.familyhub.localoffer.domain.LocalOfferAnswersRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes each service's Local Offer answers in the Open Referral UK API, additively: one HSDS attribute per
 * answered question, linking the question's term of the {@code local-offer} taxonomy (added by the
 * {@code V11_9_1} migration), with the answer as its {@code value} and the question as its {@code label}.
 */
@Component
class LocalOfferAttributes implements ServiceAttributeSource {

    static final String TAXONOMY = "local-offer";

    private final LocalOfferAnswersRepository answers;

    LocalOfferAttributes(LocalOfferAnswersRepository answers) {
        this.answers = answers;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<PublishedAttribute>> attributes(Collection<UUID> serviceIds) {
        Map<UUID, List<PublishedAttribute>> found = new HashMap<>();
        answers.findAllById(serviceIds).forEach(service -> {
            List<PublishedAttribute> list = new ArrayList<>();
            service.answers().forEach((question, text) -> list.add(
                    new PublishedAttribute(TAXONOMY, question.code(), text, question.english())));
            found.put(service.getServiceId(), list);
        });
        return found;
    }

    /** The services that answered the question, or that answered at all for the taxonomy. */
    @Override
    public Optional<String> servicesWith(String taxonomy, @Nullable String termCode) {
        if (!TAXONOMY.equals(taxonomy)) {
            return Optional.empty();
        }
        if (termCode == null) {
            return Optional.of("select service_id from local_offer_answer");
        }
        // The question's code names its column (who-for is who_for), from the closed set of questions only.
        return Arrays.stream(LocalOfferQuestion.values()).filter(q -> q.code().equals(termCode)).findFirst()
                .map(q -> "select service_id from local_offer_answer where " + q.code().replace('-', '_')
                        + " is not null");
    }
}
