package org.familyhub.alerts;

import org.springframework.context.ApplicationContext;

/** Runs the saved searches' scheduled jobs now, for tests in other packages (the browser journey). */
public final class AlertJobs {

    private AlertJobs() {
    }

    /** The weekly digest; answers how many e-mails it queued. */
    public static int digest(ApplicationContext context) {
        return context.getBean(AlertDigest.class).send();
    }
}
