package org.familyhub.directory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table worked out from each service's record, so a page or a report reads a few indexed rows instead of
 * joining every service's terms and venues on each visit (the public lists, the coverage matrix). A service's
 * rows are deleted and written again, in one transaction, when its {@link ServicesChanged} event is delivered
 * through the outbox (so a failed write is retried); a database that had services before the table existed gets
 * its rows on start, in the background.
 * <p>
 * Each subclass listens for the event itself ({@code @ApplicationModuleListener void on(ServicesChanged e)} calling
 * {@link #refill(ServicesChanged)}): the outbox tells listeners apart by the method's declaring class, so one
 * listener inherited by two tables would be one listener to it.
 */
public abstract class DerivedServiceTable implements ApplicationRunner {

    /** At most this many services' rows are written again in one transaction. */
    protected static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(DerivedServiceTable.class);

    protected final JdbcClient jdbc;
    protected final TransactionTemplate transaction;
    private final String table;
    private final String rows;

    /**
     * @param table the table, with a {@code service_id} column
     * @param rows an {@code insert ignore} writing the rows of the services {@code :ids} (a full refill and an
     *        event's refill of the same service may meet; both write the same rows)
     */
    protected DerivedServiceTable(JdbcClient jdbc, TransactionTemplate transaction, String table, String rows) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.table = table;
        this.rows = rows;
    }

    /** Called after each event's and each full refill's rows are written, for figures kept from the table. */
    protected void refilled() {
    }

    /** Writes the changed services' rows again: what each subclass's listener does. */
    protected void refill(ServicesChanged event) {
        event.inBatches(BATCH).forEach(this::refill);
        refilled();
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("select not exists (select 1 from " + table + ")").query(Boolean.class).single();
        if (empty) {
            Thread.ofVirtual().name(table + "-on-start").start(() -> {
                try {
                    refillAll();
                } catch (RuntimeException e) {
                    log.error("event=derived-table-refill-failed table={}", table, e);
                }
            });
        }
    }

    /** Writes every service's rows again, in batches: after services were written behind the portal's back. */
    public void refillAll() {
        long started = System.nanoTime();
        int written = 0;
        List<String> ids = jdbc.sql("select id from service order by id limit ?").param(BATCH)
                .query(String.class).list();
        while (!ids.isEmpty()) {
            refill(ids.stream().map(UUID::fromString).toList());
            written += ids.size();
            ids = jdbc.sql("select id from service where id > ? order by id limit ?").params(ids.getLast(), BATCH)
                    .query(String.class).list();
        }
        refilled();
        log.info("event=derived-table-refilled table={} services={} ms={}", table, written,
                (System.nanoTime() - started) / 1_000_000);
    }

    protected void refill(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        List<String> ids = serviceIds.stream().map(UUID::toString).toList();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from " + table + " where service_id in (:ids)").param("ids", ids).update();
            jdbc.sql(rows).param("ids", ids).update();
        });
    }
}
