package org.familyhub.feedback;

import org.familyhub.frontdoor.FamilyAddresses;
import org.familyhub.frontdoor.RequestClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the outcome survey when a request for help is closed (the front door's {@link RequestClosed}) and the
 * family gave an address, or when another module publishes {@link OutcomeSurveyDue}. The event publication
 * registry keeps the event until this succeeded, so a failure is retried, not lost.
 */
@Component
class OutcomeSurveyListener {

    private final OutcomeSurveys outcomeSurveys;
    private final FamilyAddresses addresses;

    OutcomeSurveyListener(OutcomeSurveys outcomeSurveys, FamilyAddresses addresses) {
        this.outcomeSurveys = outcomeSurveys;
        this.addresses = addresses;
    }

    @ApplicationModuleListener
    void on(OutcomeSurveyDue due) {
        outcomeSurveys.send(due);
    }

    /** The event carries ids only; the address is looked up when the survey is sent, and may be gone by then. */
    @ApplicationModuleListener
    void on(RequestClosed closed) {
        addresses.forOutcomeSurvey(closed.requestId()).ifPresent(email -> outcomeSurveys.send(
                new OutcomeSurveyDue(closed.requestId(), email, closed.serviceId(), closed.localityCode())));
    }
}
