package org.familyhub.frontdoor;

import java.util.Optional;
import java.util.UUID;

import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up a family's e-mail address when another module needs it, so events such as {@link RequestClosed}
 * carry ids only: events are stored in {@code event_publication}, which the retention purge does not reach.
 * An address forgotten by the purge is gone here too.
 */
@Service
public class FamilyAddresses {

    private final HelpRequestRepository requests;

    FamilyAddresses(HelpRequestRepository requests) {
        this.requests = requests;
    }

    /**
     * The address to send the outcome survey to: only a family who asked themselves and agreed to e-mail, and
     * never about a request flagged as a safeguarding concern.
     */
    @Transactional(readOnly = true)
    public Optional<String> forOutcomeSurvey(UUID requestId) {
        return requests.findById(requestId)
                .filter(request -> !request.isSafeguarding())
                .filter(request -> request.getReferrerUserId() == null)
                .filter(request -> request.getContactMethods().contains(ContactMethod.EMAIL))
                .map(HelpRequest::getFamilyEmail);
    }
}
