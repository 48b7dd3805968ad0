package org.familyhub.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the table {@code listed_service}: for each published service, every public list it is on with its
 * name. A temporarily closed service stays on its lists, its card saying so, so its regulars find its notice. A locality's list holds the services at a venue there or covering it (or the whole area), as
 * {@code ServiceRepository.IN_LOCALITY} says; a category's holds those in it or a sub-category; a venue's
 * those meeting there. A page of 20 is then a short walk along the table's key, whatever the size of the
 * directory. A service's entries are written again when its {@link ServicesChanged} event is delivered
 * through the outbox (so a failed write is retried), and the counts follow ({@link DerivedServiceTable}).
 */
@Component
@Order(20)
class ServiceLists extends DerivedServiceTable {

    /**
     * Every list each of the services {@code :ids} is on, if it is published. "ignore": a full refill and an
     * event's refill of the same service may meet; both write the same rows.
     */
    private static final String ENTRIES = """
            insert ignore into listed_service (list_id, name, service_id)
            select distinct x.list_id, s.name, s.id from service s join (
                select sal.service_id, v.locality_id as list_id from service_at_location sal
                  join location v on v.id = sal.location_id where sal.service_id in (:ids)
                union select a.service_id, a.locality_id from service_area a
                  where a.locality_id is not null and a.service_id in (:ids)
                union select a.service_id, l.id from service_area a cross join locality l
                  where a.locality_id is null and a.service_id in (:ids)
                union select a.link_id, t.id from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                  join taxonomy y on y.id = t.taxonomy_id
                  where a.link_type = 'service' and a.link_id in (:ids) and y.name = 'category'
                union select a.link_id, t.parent_id from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                  join taxonomy y on y.id = t.taxonomy_id
                  where a.link_type = 'service' and a.link_id in (:ids) and y.name = 'category'
                    and t.parent_id is not null
                union select sal.service_id, sal.location_id from service_at_location sal where sal.service_id in (:ids)
              ) x on x.service_id = s.id
            """ + " where " + ServiceRepository.LISTED;

    private final ServiceCounts counts;
    private final ServiceRepository services;

    ServiceLists(JdbcClient jdbc, TransactionTemplate transaction, ServiceCounts counts, ServiceRepository services) {
        super(jdbc, transaction, "listed_service", ENTRIES);
        this.counts = counts;
        this.services = services;
    }

    /**
     * One page of a list (a locality, category or venue, by id) in name order, then id so pages never overlap;
     * a page beyond the last gives the last. Only that page's services are read; a page in the second half is
     * counted from the end, so no page walks more than half the list.
     *
     * @param page from 1
     */
    ServicePage page(UUID list, int page, int size) {
        long total = counts.current().of(list);
        int shown = ServicePage.clamp(page, total, size);
        long from = (long) (shown - 1) * size;
        long to = Math.min(total, from + size);
        List<Service> found;
        if (from > total / 2) {
            found = new ArrayList<>(services.findListedFromEnd(list, (int) (total - to), (int) Math.max(0, to - from)));
            Collections.reverse(found);
        } else {
            found = services.findListed(list, (int) from, size);
        }
        return new ServicePage(found.stream().map(ServiceMapping::card).toList(), shown, size, total);
    }

    /** The changed services' entries are written again, and the counts move by what that changed. */
    @ApplicationModuleListener
    void on(ServicesChanged event) {
        event.inBatches(BATCH).forEach(batch -> counts.change(() -> relist(batch)));
    }

    /**
     * Writes these services' entries again, in one transaction, and says by how many entries each list shrank or
     * grew: the rows the delete removed and the rows the insert wrote (MariaDB returns both). Null when one of
     * the services is no longer in the database at all: its entries were deleted with it, uncounted.
     */
    private @Nullable Map<UUID, Long> relist(List<UUID> serviceIds) {
        List<String> ids = serviceIds.stream().map(UUID::toString).toList();
        return transaction.execute(status -> {
            Map<UUID, Long> changed = new HashMap<>();
            jdbc.sql("delete from listed_service where service_id in (:ids) returning list_id").param("ids", ids)
                    .query(String.class).list().forEach(list -> changed.merge(UUID.fromString(list), -1L, Long::sum));
            jdbc.sql(ENTRIES + " returning list_id").param("ids", ids).query(String.class).list()
                    .forEach(list -> changed.merge(UUID.fromString(list), 1L, Long::sum));
            long present = jdbc.sql("select count(*) from service where id in (:ids)").param("ids", ids)
                    .query(Long.class).single();
            return present < ids.size() ? null : changed;
        });
    }

    @Override
    protected void refilled() {
        counts.refresh();
    }
}
