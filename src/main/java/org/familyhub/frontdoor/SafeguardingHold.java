package org.familyhub.frontdoor;

import java.util.UUID;

import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.mail.FamilyContactHold;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request flagged as a safeguarding concern holds every e-mail the portal would send the family about it
 * (confirmation, status updates, the outcome survey), including those queued before the flag: contact with
 * the family is the front door's decision, made by a person who knows the risk.
 */
@Component
class SafeguardingHold implements FamilyContactHold {

    private final HelpRequestRepository requests;

    SafeguardingHold(HelpRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holds(UUID familyCase) {
        return requests.findById(familyCase).map(HelpRequest::isSafeguarding).orElse(false);
    }
}
