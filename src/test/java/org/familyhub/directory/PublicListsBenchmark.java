package org.familyhub.directory;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.familyhub.PortalTest;
import org.familyhub.search.SyntheticDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: what the public lists cost in the database as the directory grows, run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=PublicListsBenchmark} ({@code -Dbenchmark.sizes=10000} for one
 * size). Prints p50/p95 of each read a locality, category, venue or home page makes, and how long counting
 * and a full refill of the week's and the lists' tables take (the work done when services change and once a day).
 */
@Tag("benchmark")
@PortalTest
class PublicListsBenchmark {

    private static final int ROUNDS = 40;
    private static final UUID MONKS_CENTRE = UUID.fromString("028183d8-1331-5374-8f0e-e38531737e61");

    @Autowired
    Directory directory;
    @Autowired
    Venues venues;
    @Autowired
    Timetable timetable;
    @Autowired
    ServiceCounts counts;
    @Autowired
    UpcomingSessions upcoming;
    @Autowired
    ServiceLists lists;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publicListsAtEachSize() {
        report("sample");
        for (int size : sizes()) {
            SyntheticDirectory.growTo(jdbc, size);
            report("grown");
        }
    }

    private void report(String what) {
        int services = jdbc.sql("select count(*) from service").query(Integer.class).single();
        long started = System.nanoTime();
        upcoming.refillAll();
        double refill = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        lists.refillAll();
        double listed = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        counts.refresh();
        double recount = (System.nanoTime() - started) / 1e6;
        long rows = jdbc.sql("select count(*) from upcoming_session").query(Long.class).single();
        long crewe = directory.locality("crewe-nantwich").orElseThrow().serviceCount();
        int lastPage = (int) ((crewe + 19) / 20);
        long entries = jdbc.sql("select count(*) from listed_service").query(Long.class).single();
        System.out.printf("%n=== %,d services (%s): week table %,d rows, full refill %.1f s; lists %,d entries,"
                + " full refill %.1f s; recount %.0f ms; Crewe and Nantwich %,d services, %,d pages%n", services,
                what, rows, refill, entries, listed, recount, crewe, lastPage);
        System.out.printf("%-44s %8s %8s%n", "read", "p50 ms", "p95 ms");
        time("home tiles (localities + categories)", () -> directory.localities().size() + directory.categories().size());
        time("home: this week, 6", () -> timetable.thisWeek(6));
        time("locality: count", () -> directory.locality("crewe-nantwich"));
        time("locality: this week, 12", () -> timetable.thisWeekIn("crewe-nantwich", 12));
        time("locality: page 1", () -> directory.servicesInLocality("crewe-nantwich", 1, 20));
        time("locality: middle page", () -> directory.servicesInLocality("crewe-nantwich", lastPage / 2, 20));
        time("locality: last page", () -> directory.servicesInLocality("crewe-nantwich", lastPage, 20));
        time("category (toddlers): page 1", () -> directory.servicesInCategory("toddlers", 1, 20));
        time("category (send): page 1", () -> directory.servicesInCategory("send", 1, 20));
        time("venue (Monks Coppenhall): page 1", () -> venues.servicesAt(MONKS_CENTRE, 1, 20));
        time("venue (Monks Coppenhall): week", () -> timetable.weekAt(MONKS_CENTRE, 12));
    }

    private static void time(String name, Supplier<?> read) {
        for (int i = 0; i < 5; i++) {
            read.get();
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            read.get();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %8.1f %8.1f%n", name, ms[ROUNDS / 2], ms[(int) Math.ceil(ROUNDS * 0.95) - 1]);
    }

    private static List<Integer> sizes() {
        return Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .map(size -> Integer.parseInt(size.strip())).toList();
    }
}
