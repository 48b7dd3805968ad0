package org.familyhub.feedback;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the outcome survey when another module publishes {@link OutcomeSurveyDue}. The event
 * publication registry keeps the event until this succeeded, so a failure is retried, not lost.
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
}
