package org.familyhub.frontdoor;

import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.shared.SpokenReferences;
import org.springframework.stereotype.Component;

/** References of requests for help, {@code FH-7K3Q-9P2M}: see {@link SpokenReferences}. */
@Component
class ReferenceNumbers {

    private final HelpRequestRepository requests;

    ReferenceNumbers(HelpRequestRepository requests) {
        this.requests = requests;
    }

    /** A reference no stored request has. */
    String next() {
        return SpokenReferences.next("FH", requests::existsByReference);
    }
}
