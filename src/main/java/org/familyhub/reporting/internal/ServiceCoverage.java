package org.familyhub.reporting.internal;

import org.familyhub.directory.DerivedServiceTable;
import org.familyhub.directory.ServicesChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the table {@code service_coverage} that {@link CoverageQueries} counts: each active service's top-level
 * categories and levels of need, once for each venue (with its locality and town) and each area it covers
 * (locality '' for the whole area).
 */
@Component
public class ServiceCoverage extends DerivedServiceTable {

    private static final String ROWS = """
            insert ignore into service_coverage (service_id, category, level, locality, town)
            select distinct s.id, coalesce(cp.code, ct.code), lt.code, x.locality, x.town
            from service s
            join attribute ac on ac.link_id = s.id and ac.link_type = 'service'
            join taxonomy_term ct on ct.id = ac.taxonomy_term_id
            join taxonomy cx on cx.id = ct.taxonomy_id and cx.name = 'category'
            left join taxonomy_term cp on cp.id = ct.parent_id
            join attribute al on al.link_id = s.id and al.link_type = 'service'
            join taxonomy_term lt on lt.id = al.taxonomy_term_id
            join taxonomy lx on lx.id = lt.taxonomy_id and lx.name = 'level-of-need'
            join (
                select sal.service_id, l.code as locality, coalesce(t.name, '') as town
                  from service_at_location sal join location lo on lo.id = sal.location_id
                  join locality l on l.id = lo.locality_id left join town t on t.id = lo.town_id
                  where sal.service_id in (:ids)
                union select sa.service_id, coalesce(l.code, ''), ''
                  from service_area sa left join locality l on l.id = sa.locality_id
                  where sa.service_id in (:ids)
            ) x on x.service_id = s.id
            where s.status = 'active' and s.id in (:ids)
            """;

    ServiceCoverage(JdbcClient jdbc, TransactionTemplate transaction) {
        super(jdbc, transaction, "service_coverage", ROWS);
    }

    @ApplicationModuleListener
    void on(ServicesChanged event) {
        refill(event);
    }
}
