package org.familyhub.localoffer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.directory.ServiceAttributeSource;
import org.familyhub.localoffer.domain.LocalOfferAnswersRepository;
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
}
