package org.familyhub.localoffer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.familyhub.PortalTest;
import org.familyhub.search.SyntheticDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: what the Local Offer's pages cost in the database as it grows, in the worst case of every service
 * answering and all in one area. Run with {@code ./mvnw verify -Pbenchmark -Dtest=LocalOfferBenchmark}
 * ({@code -Dbenchmark.sizes=10000} for one size). Prints p50/p95 of each read.
 */
@Tag("benchmark")
@PortalTest
class LocalOfferBenchmark {

    private static final int ROUNDS = 20;

    @Autowired
    LocalOffer localOffer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void localOfferPagesAtEachSize() {
        for (int size : sizes()) {
            SyntheticDirectory.growTo(jdbc, size);
            jdbc.sql("insert ignore into local_offer_answer (service_id, who_for, send_support, getting_started,"
                    + " updated_at, updated_by) select id, 'Children 0 to 25', 'Adapted', 'Phone us', now(6),"
                    + " 'benchmark' from service").update();
            // As LocalOfferListing would write them: each row with its service's name and whether it is published.
            jdbc.sql("insert ignore into local_offer_area (service_id, area, service_name, listed) select"
                    + " l.service_id, 'SOCIAL_CARE', s.name, s.status = 'active' from local_offer_answer l"
                    + " join service s on s.id = l.service_id").update();
            AreaPage first = localOffer.inArea(LocalOfferArea.SOCIAL_CARE, 1, 20);
            int last = first.pages();
            System.out.printf("%n=== Local Offer: %,d services in Social care, %,d pages%n", first.total(), last);
            System.out.printf("%-36s %8s %8s%n", "read", "p50 ms", "p95 ms");
            time("home: counts by area", () -> localOffer.countsByArea());
            time("area: page 1", () -> localOffer.inArea(LocalOfferArea.SOCIAL_CARE, 1, 20));
            time("area: middle page", () -> localOffer.inArea(LocalOfferArea.SOCIAL_CARE, last / 2, 20));
            time("area: last page", () -> localOffer.inArea(LocalOfferArea.SOCIAL_CARE, last, 20));
            time("service page: its answers", () -> localOffer.published(first.services().getFirst().serviceId()));
        }
    }

    private static void time(String what, Supplier<?> read) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            read.get();
            ms.add((System.nanoTime() - started) / 1e6);
        }
        ms.sort(Double::compare);
        System.out.printf("%-36s %8.1f %8.1f%n", what, ms.get(ROUNDS / 2), ms.get((int) (ROUNDS * 0.95) - 1));
    }

    private static List<Integer> sizes() {
        return Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .map(size -> Integer.parseInt(size.strip())).toList();
    }
}
