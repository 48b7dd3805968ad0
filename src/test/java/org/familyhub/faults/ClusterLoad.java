package org.familyhub.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import org.jspecify.annotations.Nullable;

/**
 * The bounded load through the load balancer: one family after another per portal node asking for help in a real
 * browser (each sent to its node by the affinity cookie, as if that node had served them first) and then booking a
 * place on the same Crewe course, so families on both nodes race for its last places; an administrator's feed
 * uploads (edits) to each node in turn; and searches on {@code /api/search} with no cookie, spread over the nodes.
 * Everything each was told is recorded, with the phase of the run it started in and the node that served it.
 */
final class ClusterLoad implements AutoCloseable {

    static final String FAMILY_DOMAIN = "multinode.example.org";
    /** Incredible Years (Crewe): the sample content gives it a course of 12 places. */
    static final String PROGRAMME = "4ed9ff90-f792-5469-9de6-1ffe6ebf8e22";
    private static final int MAX_UPLOADS = 60;
    private static final int MAX_FAMILIES_PER_NODE = 40;
    private static final int MAX_SEARCHES = 800;

    /** One family's request for help: the node it was sent to, the node that served it in the end, when. */
    record Submission(String sentTo, @Nullable String servedBy, String phase, Attempt attempt) {
    }

    private final String base;
    private final List<String> nodes;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService workers;
    private final List<Submission> submissions = Collections.synchronizedList(new ArrayList<>());
    private final List<Submission> bookings = Collections.synchronizedList(new ArrayList<>());
    private final List<RunningPortal> portals;
    private final GrowingFeed feed;
    private final Map<String, Map<String, AtomicInteger>> searches = Collections.synchronizedMap(new LinkedHashMap<>());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private volatile String phase = "before any fault";

    /**
     * @param nodes the load balancer's names for the nodes, in the order of {@code portals}
     * @param feedId the administrator's feed, uploaded to each portal in turn
     */
    ClusterLoad(String base, List<String> nodes, List<RunningPortal> portals, String feedId) {
        this.base = base;
        this.nodes = List.copyOf(nodes);
        this.portals = List.copyOf(portals);
        this.feed = new GrowingFeed(feedId, "multinode");
        this.workers = Executors.newFixedThreadPool(nodes.size() + 2);
    }

    void start() {
        nodes.forEach(node -> workers.submit(() -> familiesOn(node)));
        workers.submit(this::searchAgainAndAgain);
        workers.submit(() -> feed.upload(stopping::get, MAX_UPLOADS, n -> portals.get(n % portals.size())));
    }

    /** Names what the cluster is going through now; each submission and search is counted under it. */
    void phase(String name) {
        phase = name;
    }

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

    private void familiesOn(String node) {
        try (FamilyInBrowser family = new FamilyInBrowser(base)) {
            int n = 0;
            while (!stopping.get() && n < MAX_FAMILIES_PER_NODE) {
                String during = phase;
                // Each family is a new visitor whom the load balancer first sent to this node; while the node is
                // down HAProxy sends them to the other one (and its cookie says so).
                if (!family.stickTo(LoadBalancer.COOKIE, node) || !family.openForm()) {
                    Pause.of(Duration.ofSeconds(2));
                    continue;
                }
                n++;
                Attempt attempt = family.ask(node + "-family-" + n + "-" + System.nanoTime() % 100_000 + "@"
                        + FAMILY_DOMAIN);
                String servedBy = family.cookie(LoadBalancer.COOKIE);
                submissions.add(new Submission(node, servedBy, during, attempt));
                System.out.printf("[multinode] %s family %d (served by %s, %s): %s %s %s%n", node, n, servedBy,
                        during, attempt.ending(), attempt.reference() == null ? "" : attempt.reference(),
                        attempt.detail());
                String booking = phase;
                Attempt place = family.book(PROGRAMME, node + "-booker-" + n + "-" + System.nanoTime() % 100_000 + "@"
                        + FAMILY_DOMAIN);
                String bookedOn = family.cookie(LoadBalancer.COOKIE);
                bookings.add(new Submission(node, bookedOn, booking, place));
                System.out.printf("[multinode] %s booking %d (served by %s, %s): %s %s %s%n", node, n, bookedOn,
                        booking, place.ending(), place.reference() == null ? "" : place.reference(), place.detail());
            }
        } catch (RuntimeException e) {
            System.out.println("[multinode] the browser of the family on " + node + " failed: " + e);
        }
    }

    private void searchAgainAndAgain() {
        String[] words = {"stay and play", "autism support", "breastfeeding", "parenting", "crewe", "speech"};
        for (int n = 0; !stopping.get() && n < MAX_SEARCHES; n++) {
            String during = phase;
            String outcome;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/search?q="
                    + URLEncoder.encode(words[n % words.length], StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(20)).GET().build();
            try {
                outcome = String.valueOf(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                outcome = "unreachable";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            searches.computeIfAbsent(during, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            Pause.of(Duration.ofSeconds(1));
        }
    }

    List<Submission> submissions() {
        synchronized (submissions) {
            return List.copyOf(submissions);
        }
    }

    /** The families' course bookings: a reference for a place or for the waiting list, or what they were told. */
    List<Submission> bookings() {
        synchronized (bookings) {
            return List.copyOf(bookings);
        }
    }

    GrowingFeed feed() {
        return feed;
    }

    /** What the searches got (HTTP status or "unreachable"), counted per phase. */
    Map<String, Map<String, Integer>> searches() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        synchronized (searches) {
            searches.forEach((during, outcomes) -> {
                Map<String, Integer> here = new TreeMap<>();
                outcomes.forEach((outcome, count) -> here.put(outcome, count.get()));
                counts.put(during, here);
            });
        }
        return counts;
    }
}
