package org.familyhub.directory;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells this node's in-memory tables (topic names, place names, locality codes) when reference data was changed
 * on another node: every change counts one in {@code reference_data_version}, in the change's own transaction
 * ({@link #count}), and each node compares that number every {@code familyhub.reference-data.check-every}
 * (15 seconds unless set) with the one it last saw, raising {@link ReferenceDataChanged} when it differs. The node
 * that made the change has told its own tables already; one more reading there costs nothing. One small read a
 * node every few seconds, whatever the size of the directory; not a cluster job, since every node must look.
 */
@Component
public class ReferenceDataWatch {

    private static final long NOT_YET = -1;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicLong seen = new AtomicLong(NOT_YET);

    public ReferenceDataWatch(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Counts a change; call it inside the transaction that makes the change, so a rolled-back one counts nothing. */
    static void count(JdbcClient jdbc) {
        jdbc.sql("update reference_data_version set version = version + 1 where id = 1").update();
    }

    /** Compares the count with the last one seen; the first look only remembers it (the tables are fresh then). */
    @Scheduled(initialDelayString = "${familyhub.reference-data.check-every:PT15S}",
            fixedDelayString = "${familyhub.reference-data.check-every:PT15S}")
    public void check() {
        long now = jdbc.sql("select version from reference_data_version where id = 1").query(Long.class).single();
        long before = seen.getAndSet(now);
        if (before != NOT_YET && before != now) {
            events.publishEvent(new ReferenceDataChanged("changed on another node"));
        }
    }
}
