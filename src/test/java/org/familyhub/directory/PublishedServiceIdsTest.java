package org.familyhub.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.directory.PublishedServiceIds.PublishedService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The sitemap's pages of services: every listed one once, temporarily closed ones too, however it is cut. */
@PortalTest
class PublishedServiceIdsTest {

    @Autowired
    PublishedServiceIds ids;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesOfSevenListEveryOpenAndTemporarilyClosedServiceOnceAndNothingElse() {
        List<UUID> paged = new ArrayList<>();
        PublishedService after = null;
        List<PublishedService> page;
        while (!(page = ids.after(after, 7)).isEmpty()) {
            assertThat(page).hasSizeLessThanOrEqualTo(7);
            paged.addAll(page.stream().map(PublishedService::id).toList());
            after = page.getLast();
        }

        List<UUID> listed = jdbc.sql("select id from service where status in ('active', 'temporarily closed')")
                .query(UUID.class).list();
        List<UUID> closed = jdbc.sql("select id from service where status = 'temporarily closed'")
                .query(UUID.class).list();
        assertThat(closed).as("the sample has closed services").isNotEmpty();
        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(listed).containsAll(closed);
    }
}
