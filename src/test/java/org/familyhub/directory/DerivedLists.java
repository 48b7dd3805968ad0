package org.familyhub.directory;

import org.springframework.context.ApplicationContext;

/**
 * For benchmarks that grow the directory straight in the database, past the outbox: refills what the public
 * lists read (the lists, this week's sessions, the counts), as the start-up and daily refills would.
 */
public final class DerivedLists {

    private DerivedLists() {
    }

    public static void refill(ApplicationContext context) {
        context.getBean(UpcomingSessions.class).refillAll();
        context.getBean(ServiceLists.class).refillAll();
        context.getBean(ServiceCounts.class).refresh();
    }
}
