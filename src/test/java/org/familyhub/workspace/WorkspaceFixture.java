package org.familyhub.workspace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.ServicesChanged;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the listings a workspace test created (with their venues, drafts, history and index
 * documents), so the sample content's counts hold for every other test in the shared context.
 */
final class WorkspaceFixture {

    static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");
    static final UUID CREWE_WOMENS_AID = UUID.fromString("16bf3e71-46e9-5068-80a3-f0fa5e0a9d7e");
    /** A Crewe Women's Aid listing: not the demo provider's. */
    static final UUID WOMENS_AID_HELPLINE = UUID.fromString("4f6e2379-c5e0-5b2b-9db8-9224e024ceef");
    /** A Connexions listing: the demo provider's own. */
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");

    private WorkspaceFixture() {
    }

    static void remove(Collection<UUID> services, JdbcClient jdbc, PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        if (services.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(services);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<UUID> locations = jdbc.sql("select location_id from service_at_location where service_id in (:ids)")
                    .param("ids", ids).query(UUID.class).list();
            List<UUID> links = new ArrayList<>(ids);
            links.addAll(locations);
            jdbc.sql("delete from listing_change where service_id in (:ids)").param("ids", ids).update();
            jdbc.sql("delete from listing_draft where service_id in (:ids)").param("ids", ids).update();
            jdbc.sql("delete from attribute where link_id in (:ids)").param("ids", links).update();
            // A contact's own phone shares the contact's id and has no service: the cascade from service misses it.
            jdbc.sql("delete from phone where id in (select id from contact where service_id in (:ids))")
                    .param("ids", ids).update();
            jdbc.sql("delete from service where id in (:ids)").param("ids", ids).update();
            if (!locations.isEmpty()) {
                jdbc.sql("delete from location where id in (:ids)"
                        + " and id not in (select location_id from service_at_location)")
                        .param("ids", locations).update();
            }
            events.publishEvent(new ServicesChanged(Set.copyOf(ids)));
        });
    }

    static boolean found(SearchService search, String words, UUID service) {
        return search.search(SearchQuery.forText(words).size(50).build()).hits().stream()
                .anyMatch(hit -> hit.id().equals(service));
    }

    static void awaitIndex(ServiceIndex index, java.util.function.BooleanSupplier condition) {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(30), condition);
    }
}
