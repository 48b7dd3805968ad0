package org.familyhub.portal.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.Recording;
import org.familyhub.directory.DerivedLists;
import org.familyhub.search.SearchService;
import org.familyhub.search.SyntheticDirectory;
import org.familyhub.search.engine.EmbeddedElasticsearch;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: what one page load costs the servers, page by page, for finding work to cut without a quiet
 * machine. Run with {@code ./mvnw -o test -Pbenchmark -Dtest=PageCostProbe -Dprobe.size=10000}. For each page
 * it replays {@link Tab} loads (the HTML with its first UIDL, the navigation, a heartbeat) and prints per load:
 * CPU milliseconds (portal, MariaDB and Elasticsearch together, {@link CpuMeter}), SQL statements the
 * database answered and search requests the engine answered. A flight recording per page is written to
 * {@code target/probe/<page>.jfr}, and with {@code -Dprobe.sql=true} the statements of one load to
 * {@code target/probe/<page>.sql}. The portal's CPU is also printed by thread (its compilers, the garbage collector,
 * the request threads …). A page may be named more than once, to see how its cost settles as the JVMs warm. Each page
 * is loaded {@code -Dprobe.warmup=…} times first, unmeasured (5). The page {@value PublicPages#SEARCH_ASKED_FIRST}
 * forgets the answers the search keeps before each load. Nothing is asserted.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "familyhub.search.api.burst=1000000", "familyhub.search.api.requests-per-minute=1000000"})
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(PageCostProbe.StatementLog.class)
class PageCostProbe {

    private static final Pattern QUERY_TOTAL = Pattern.compile("\"query_total\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceIndex index;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmbeddedElasticsearch elasticsearch;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** Every statement the portal prepares or runs, while {@link #recording} is on. */
    static final java.util.concurrent.ConcurrentLinkedQueue<String> STATEMENTS =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    static volatile boolean recording;

    @org.springframework.boot.test.context.TestConfiguration
    static class StatementLog {
        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.config.BeanPostProcessor statementLog() {
            return new org.springframework.beans.factory.config.BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof javax.sql.DataSource source && !(bean instanceof java.lang.reflect.Proxy)) {
                        return proxy(javax.sql.DataSource.class, source);
                    }
                    return bean;
                }
            };
        }

        @SuppressWarnings("unchecked")
        static <T> T proxy(Class<T> type, T target) {
            return (T) java.lang.reflect.Proxy.newProxyInstance(PageCostProbe.class.getClassLoader(),
                    new Class<?>[] {type}, (self, method, args) -> {
                        if (recording && args != null && args.length > 0 && args[0] instanceof String sql
                                && (method.getName().startsWith("prepare") || method.getName().startsWith("execute"))) {
                            STATEMENTS.add(sql.replaceAll("\\s+", " ").strip());
                        }
                        Object result;
                        try {
                            result = method.invoke(target, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof java.sql.Connection connection) {
                            return proxy(java.sql.Connection.class, connection);
                        }
                        if (result instanceof java.sql.Statement statement
                                && !(result instanceof java.sql.PreparedStatement)) {
                            return proxy(java.sql.Statement.class, statement);
                        }
                        return result;
                    });
        }
    }

    @Test
    void costPerPage() throws Exception {
        int size = Integer.getInteger("probe.size", 10000);
        int loads = Integer.getInteger("probe.loads", 20);
        int warmUp = Integer.getInteger("probe.warmup", 5);
        int before = jdbc.sql("select count(*) from service").query(Integer.class).single();
        if (size > before) {
            SyntheticDirectory.growTo(jdbc, size);
            SyntheticDirectory.copyChildcareAndLocalOffer(jdbc);
            index.rebuild();
            DerivedLists.refill(context);
        }
        Map<String, String> all = PublicPages.resolve(jdbc);
        List<String> names = Arrays.stream(System.getProperty("probe.pages",
                "home,search,search words,service,locality,locality p.3,category,venue,childcare Crewe").split(","))
                .map(String::strip).toList();
        Path out = Path.of("target/probe");
        Files.createDirectories(out);
        Map<String, String> rows = new LinkedHashMap<>();
        Map<String, String> threads = new LinkedHashMap<>();
        for (String name : names) {
            String path = all.get(name);
            for (int i = 0; i < warmUp; i++) {
                load(name, path);
            }
            STATEMENTS.clear();
            recording = true;
            load(name, path);
            recording = false;
            Map<String, Long> counted = new java.util.TreeMap<>();
            STATEMENTS.forEach(sql -> counted.merge(sql.length() > 300 ? sql.substring(0, 300) : sql, 1L, Long::sum));
            Files.write(out.resolve(name.replace(' ', '-') + ".sql"), counted.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getValue() + "  " + e.getKey()).toList());
            long[] cpuSplit = split();
            long sql = questions();
            long searches = searches();
            Map<String, Long> threadsBefore = threadCpu();
            long cpu = CpuMeter.cpuNanos();
            long wall = System.nanoTime();
            List<Integer> statuses = new ArrayList<>();
            try (Recording recording = new Recording()) {
                recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
                recording.start();
                for (int i = 0; i < loads; i++) {
                    statuses.add(load(name, path));
                }
                recording.stop();
                recording.dump(out.resolve(name.replace(' ', '-') + ".jfr"));
            }
            double cpuMs = (CpuMeter.cpuNanos() - cpu) / 1e6 / loads;
            double wallMs = (System.nanoTime() - wall) / 1e6 / loads;
            long[] cpuSplitAfter = split();
            Map<String, Long> threadsAfter = threadCpu();
            Map<String, Double> perThread = new java.util.TreeMap<>();
            threadsAfter.forEach((thread, nanos) -> perThread.merge(thread,
                    (nanos - threadsBefore.getOrDefault(thread, 0L)) / 1e6 / loads, Double::sum));
            threads.put(name + "#" + threads.size(), perThread.entrySet().stream().filter(e -> e.getValue() >= 0.5)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ")));
            double sqlPerLoad = (questions() - sql - 1) / (double) loads;
            double searchPerLoad = (searches() - searches) / (double) loads;
            rows.put(name + "#" + rows.size(), String.format(Locale.ROOT,
                    "%-16s %8.1f %8.1f %8.1f %8.1f %8.1f %8d %8.1f %6.1f   %s", name,
                    cpuMs, (cpuSplitAfter[0] - cpuSplit[0]) / 1e6 / loads, (cpuSplitAfter[1] - cpuSplit[1]) / 1e6 / loads,
                    (cpuSplitAfter[2] - cpuSplit[2]) / 1e6 / loads, wallMs, STATEMENTS.size(),
                    sqlPerLoad, searchPerLoad, statuses.stream().distinct().toList()));
        }
        System.out.printf("%n=== page cost at %,d services ===%n", jdbc.sql("select count(*) from service")
                .query(Integer.class).single());
        System.out.println("page               CPU ms   portal  mariadb    elast  wall ms  JDBC/ld   SQL/ld  ES/ld   statuses");
        rows.values().forEach(System.out::println);
        System.out.println("portal CPU ms a load by thread (digits in names folded):");
        threads.forEach((name, split) -> System.out.println(name + ": " + split));
    }

    /** CPU nanoseconds so far of this JVM's threads, Java and native, by name with its digits folded. */
    private static Map<String, Long> threadCpu() {
        Map<String, Long> byName = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byName.merge(comm, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L,
                            Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // ended
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return byName;
    }

    private int load(String name, String path) {
        if (name.equals(PublicPages.SEARCH_ASKED_FIRST)) {
            context.getBean(SearchService.class).forgetKeptResults();
        }
        Tab tab = new Tab(http, "http://localhost:" + port + "/");
        int status = tab.open(path).status();
        tab.leave();
        return status;
    }

    /** Statements the database has been asked so far (this question included). */
    private long questions() {
        return jdbc.sql("show global status like 'Questions'").query((rs, row) -> rs.getLong(2)).single();
    }

    /** Search requests (query phases, one per shard) the engine has answered so far. */
    private long searches() throws IOException, InterruptedException {
        HttpResponse<String> stats = http.send(HttpRequest.newBuilder(
                URI.create(elasticsearch.url() + "/_nodes/stats/indices/search")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher total = QUERY_TOTAL.matcher(stats.body());
        long sum = 0;
        while (total.find()) {
            sum += Long.parseLong(total.group(1));
        }
        return sum;
    }

    /** CPU nanoseconds so far of this JVM, the embedded MariaDB and the embedded Elasticsearch. */
    private static long[] split() {
        long own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        long[] ticks = new long[2];
        ProcessHandle.current().descendants().forEach(process -> {
            String command = process.info().command().orElse("");
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                ticks[command.contains("java") ? 1 : 0] += used;
            } catch (IOException | RuntimeException gone) {
                // ended
            }
        });
        return new long[] {own, ticks[0] * 10_000_000L, ticks[1] * 10_000_000L};
    }
}
