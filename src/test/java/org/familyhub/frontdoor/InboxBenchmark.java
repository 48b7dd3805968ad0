package org.familyhub.frontdoor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: one front-door team's inbox holding 20,000 requests over the last year (a council's busiest
 * locality several times over), each page asked 20 times, run with
 * {@code ./mvnw test -Pbenchmark -Dtest=InboxBenchmark}. Prints p50 and p95 for the page as it opens, due
 * soonest, most urgent, only overdue, one status, and a reference found. Results: docs/front-door.md.
 */
@Tag("benchmark")
@PortalTest
class InboxBenchmark {

    private static final int REQUESTS = 20_000;

    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        SignedIn.out();
        jdbc.sql("delete from help_request where reference like 'BI%'").update();
    }

    @Test
    void aPageOfABusyInboxAnswersQuickly() {
        jdbc.sql("""
                insert into help_request (id, reference, kind, status, locality_code, safeguarding, urgency, family_name,
                    service_id, service_name, created_at, first_response_at, updated_at)
                select uuid(), concat('BI', lpad(seq, 8, '0')), 'PROFESSIONAL_REFERRAL',
                    elt(1 + mod(seq, 6), 'RECEIVED', 'ASSIGNED', 'ACCEPTED', 'DECLINED', 'ALLOCATED', 'CLOSED'),
                    'crewe-nantwich', mod(seq, 97) = 0, elt(1 + mod(seq, 3), 'ROUTINE', 'SOON', 'URGENT'),
                    concat('Family ', seq), null, null,
                    timestamp('2026-12-02 07:00:00') - interval (seq * 26) minute,
                    if(mod(seq, 6) = 0, null, timestamp('2026-12-02 07:00:00') - interval (seq * 26) minute + interval 1 hour),
                    timestamp('2026-12-02 07:00:00')
                from seq_1_to_""" + REQUESTS).update();
        SignedIn.as(users, "frontdoor");
        Map<String, InboxFilter> pages = Map.of(
                "as it opens", InboxFilter.everything(),
                "due soonest", new InboxFilter(null, null, null, null, false, null, InboxSort.DUE, 1),
                "most urgent, page 50", new InboxFilter(null, null, null, null, false, null, InboxSort.URGENCY, 50),
                "only overdue in Crewe", new InboxFilter(null, null, "crewe-nantwich", null, true, null, InboxSort.DUE, 1),
                "accepted, urgent", new InboxFilter(RequestStatus.ACCEPTED, Urgency.URGENT, null, null, false, null,
                        InboxSort.OLDEST, 1),
                "a reference", new InboxFilter(null, null, null, null, false, "BI00012345", InboxSort.OLDEST, 1));
        pages.forEach((name, filter) -> {
            InboxPage page = inbox.page(filter);
            assertThat(page.requests()).as(name).isNotEmpty();
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                times.add(millis(() -> inbox.page(filter)));
            }
            times.sort(null);
            System.out.printf("INBOX %-24s total %6d  p50 %4d ms  p95 %4d ms%n", name, page.total(), times.get(10),
                    times.get(18));
        });
    }

    private static long millis(Supplier<?> call) {
        long started = System.nanoTime();
        call.get();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
