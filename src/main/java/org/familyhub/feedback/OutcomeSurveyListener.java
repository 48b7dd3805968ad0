package org.familyhub.feedback;

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

    OutcomeSurveyListener(OutcomeSurveys outcomeSurveys) {
        this.outcomeSurveys = outcomeSurveys;
    }

    @ApplicationModuleListener
    void on(OutcomeSurveyDue due) {
        outcomeSurveys.send(due);
    }

    @ApplicationModuleListener
    void on(RequestClosed closed) {
        if (closed.familyEmail() != null) {
            outcomeSurveys.send(new OutcomeSurveyDue(closed.requestId(), closed.familyEmail(), closed.serviceId(),
                    closed.localityCode()));
        }
    }
}
