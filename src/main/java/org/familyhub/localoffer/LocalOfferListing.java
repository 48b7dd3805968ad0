package org.familyhub.localoffer;

import java.util.Collection;
import java.util.UUID;

import org.familyhub.directory.ServicesChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the name and the published state of each answering service on its Local Offer area rows
 * ({@code V12_3__local_offer_area_listing.sql}), so an area page is one range of one index, in name order, and
 * its count is the same range, at any size of the directory. Written with the answers (in their transaction) and
 * again whenever the directory says a service changed (renamed, published, archived), through the outbox.
 */
@Component
class LocalOfferListing {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    LocalOfferListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies the services' current names and states onto their area rows; joins the caller's transaction. */
    void relist(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update local_offer_area a join service s on s.id = a.service_id
                   set a.service_name = s.name, a.listed = (s.status = :published)
                 where a.service_id in (:ids)
                """).param("published", LocalOffer.PUBLISHED).param("ids", serviceIds.stream().map(UUID::toString).toList())
                .update();
    }

    @ApplicationModuleListener
    void on(ServicesChanged event) {
        event.inBatches(BATCH).forEach(this::relist);
    }
}
