package org.familyhub.directory.feed;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.ServicesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Takes away a listing a test imported from a feed: its edits, venue, organisation and feeds, and its index entry. */
public final class ImportedListing {

    private ImportedListing() {
    }

    /**
     * In one transaction, whose change event then takes the listing out of the index. Raised outside a transaction the
     * event would be stored but wait for the outbox's staleness check (five minutes), with the listing still found.
     */
    public static void remove(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            UUID service, UUID venue, UUID organisation, Collection<UUID> feeds) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("delete from listing_change where service_id = ?").param(service).update();
            jdbc.sql("delete from listing_draft where service_id = ?").param(service).update();
            jdbc.sql("delete from attribute where link_id in (?, ?)").param(service).param(venue).update();
            jdbc.sql("delete from service where id = ?").param(service).update();
            jdbc.sql("delete from location where id = ? and id not in (select location_id from service_at_location)")
                    .param(venue).update();
            jdbc.sql("delete from organization where id = ? and id not in (select organization_id from service)")
                    .param(organisation).update();
            if (!feeds.isEmpty()) {
                jdbc.sql("delete from feed_source where id in (:ids)").param("ids", feeds).update();
            }
            events.publishEvent(new ServicesChanged(Set.of(service)));
        });
    }
}
