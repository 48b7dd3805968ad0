package org.familyhub.faults;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.familyhub.faults.FamilyInBrowser.Attempt;
import org.familyhub.faults.RunningPortal.PortalUnreachable;

/**
 * The bounded load the faults hit: one family after another asking for help in a real browser, an
 * administrator uploading a growing feed (each upload adds a service: an edit that must reach the database
 * and the index), and searches through {@code /api/search}. Each worker paces itself and stops when told or at
 * its attempt limit, whichever comes first; everything it was told is recorded for the accounting.
 */
final class Load implements AutoCloseable {

    static final String FAMILY_DOMAIN = "faults.example.org";
    private static final int MAX_FAMILIES = 80;
    private static final int MAX_UPLOADS = 60;
    private static final int MAX_SEARCHES = 500;

    private final RunningPortal portal;
    private final GrowingFeed feed;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService workers = Executors.newFixedThreadPool(3);
    private final List<Attempt> families = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger formsUnreachable = new AtomicInteger();
    private final Map<String, Map<String, AtomicInteger>> searches = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile String phase = "before any fault";

    Load(RunningPortal portal, String feedId) {
        this.portal = portal;
        this.feed = new GrowingFeed(feedId, "faults");
    }

    void start() {
        workers.submit(this::askForHelpAgainAndAgain);
        workers.submit(() -> feed.upload(stopping::get, MAX_UPLOADS, n -> portal));
        workers.submit(this::searchAgainAndAgain);
    }

    /** Stops every worker after its current attempt; answers whether all stopped within the limit. */
    boolean stop(Duration limit) {
        stopping.set(true);
        workers.shutdown();
        try {
            return workers.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stopping.set(true);
        workers.shutdownNow();
    }

    private void askForHelpAgainAndAgain() {
        try (FamilyInBrowser family = new FamilyInBrowser(portal.base())) {
            int n = 0;
            while (!stopping.get() && n < MAX_FAMILIES) {
                if (!family.openForm()) {
                    formsUnreachable.incrementAndGet();
                    Pause.of(Duration.ofSeconds(2));
                    continue;
                }
                n++;
                Attempt attempt = family.ask("family-" + n + "-" + System.nanoTime() % 100_000 + "@" + FAMILY_DOMAIN);
                families.add(attempt);
                System.out.printf("[faults] family %d: %s %s %s%n", n, attempt.ending(),
                        attempt.reference() == null ? "" : attempt.reference(), attempt.detail());
            }
        } catch (RuntimeException e) {
            System.out.println("[faults] the families' browser failed: " + e);
        }
    }

    private void searchAgainAndAgain() {
        String[] words = {"stay and play", "autism support", "breastfeeding", "fault drill", "parenting", "crewe"};
        for (int n = 0; !stopping.get() && n < MAX_SEARCHES; n++) {
            String during = phase;
            String outcome;
            try {
                HttpResponse<String> response = portal.get("/api/search?q="
                        + URLEncoder.encode(words[n % words.length], StandardCharsets.UTF_8), false);
                outcome = String.valueOf(response.statusCode());
            } catch (PortalUnreachable e) {
                outcome = "unreachable";
            }
            searches.computeIfAbsent(during, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            Pause.of(Duration.ofSeconds(1));
        }
    }

    List<Attempt> families() {
        synchronized (families) {
            return List.copyOf(families);
        }
    }

    int formsUnreachable() {
        return formsUnreachable.get();
    }

    GrowingFeed feed() {
        return feed;
    }

    /** What the searches got (HTTP status or "unreachable"), counted per phase of the run. */
    Map<String, Map<String, Integer>> searches() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        searches.forEach((during, outcomes) -> {
            Map<String, Integer> here = new TreeMap<>();
            outcomes.forEach((outcome, count) -> here.put(outcome, count.get()));
            counts.put(during, here);
        });
        return counts;
    }

    /** Names what the portal is going through now, for the search counts. */
    void phase(String name) {
        phase = name;
    }
}
