package org.familyhub.shared.cluster;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.ExtendedLockConfigurationExtractor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several portal nodes on one database: every scheduled job is either the cluster's work, run by one node at a
 * time under a lock row, or explicitly the node's own.
 */
@PortalTest
class ClusterJobsTest {

    /**
     * Jobs that only touch what this node holds: its in-memory usage counters, its cached list counts, its
     * in-memory reference tables (each node must look for itself whether another changed them), the half-built
     * search indices its own failed rebuilds could not delete (named only in its memory).
     */
    private static final Set<String> PER_NODE = Set.of("UsageCounter.flush", "ServiceCounts.refresh",
            "ReferenceDataWatch.check", "ServiceIndex.deleteLeftBehind");

    @Autowired
    ApplicationContext context;
    @Autowired
    LockProvider locks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExtendedLockConfigurationExtractor extractor;

    @Test
    void everyScheduledJobEitherTakesAClusterLockOrIsDeclaredPerNode() {
        Map<String, Method> jobs = scheduledJobs();
        assertThat(jobs).as("the scheduled jobs found").hasSizeGreaterThanOrEqualTo(12);
        List<String> undecided = jobs.entrySet().stream()
                .filter(job -> !job.getValue().isAnnotationPresent(SchedulerLock.class))
                .map(Map.Entry::getKey).filter(name -> !PER_NODE.contains(name)).toList();
        assertThat(undecided).as("jobs that would run on every node at once").isEmpty();
        assertThat(jobs.keySet()).containsAll(PER_NODE);
    }

    /**
     * A job that calls a {@code @Transactional} method of its own class calls it past the proxy, so the work runs
     * without a transaction: the scheduled retention purge once changed the requests it loaded and saved nothing.
     * Jobs open their transactions themselves (a {@code TransactionTemplate}) or call another bean.
     */
    @Test
    void noJobLeansOnATransactionalAnnotationInItsOwnClass() {
        List<String> leaning = scheduledJobs().values().stream().map(Method::getDeclaringClass).distinct()
                .filter(type -> type.isAnnotationPresent(Transactional.class) || Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(method -> method.isAnnotationPresent(Transactional.class)))
                .map(Class::getSimpleName).toList();
        assertThat(leaning).as("job classes whose transactions the schedule would skip").isEmpty();
    }

    /**
     * Every node fires a cron job at the same moment, but not to the millisecond: a busy scheduler thread or a
     * clock a little behind fires later. A quick run frees the lock before that, so without a minimum hold the
     * late node runs the same turn again (TwoNodesTest saw it in 9 of 97 ten-second turns).
     */
    @Test
    void everyCronClusterJobHoldsItsLockLongEnoughThatALateNodeSkipsTheTurn() {
        List<String> unheld = scheduledJobs().entrySet().stream()
                .filter(job -> !job.getValue().getAnnotation(Scheduled.class).cron().isEmpty())
                .filter(job -> job.getValue().isAnnotationPresent(SchedulerLock.class))
                .filter(job -> job.getValue().getAnnotation(SchedulerLock.class).lockAtLeastFor().isEmpty())
                .map(Map.Entry::getKey).toList();
        assertThat(unheld).as("cron jobs whose lock is freed as soon as a run ends").isEmpty();
    }

    @Test
    void aClusterJobIsSkippedWhileAnotherNodeHoldsItsLockAndRunsOnceItIsFree() throws Exception {
        for (Map.Entry<String, Method> job : scheduledJobs().entrySet()) {
            SchedulerLock lock = job.getValue().getAnnotation(SchedulerLock.class);
            if (lock == null) {
                continue;
            }
            Object bean = context.getBean(job.getValue().getDeclaringClass());
            Timestamp heldUntil = Timestamp.from(Instant.now().plus(Duration.ofHours(1)));
            holdAsAnotherNode(lock.name(), heldUntil);

            invoke(bean, job.getValue());
            assertThat(holder(lock.name())).as(job.getKey() + " while another node holds its lock")
                    .isEqualTo("other-node");

            holdAsAnotherNode(lock.name(), Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
            invoke(bean, job.getValue());
            assertThat(holder(lock.name())).as(job.getKey() + " once the lock ran out").isNotEqualTo("other-node");
        }
    }

    /**
     * A node that dies mid-job never frees its lock, and one that loses the database as a job ends cannot (the
     * unlock fails): the lock then holds until it runs out. The fault suite saw it: with a ten-minute lock, the
     * restarted portal sent no e-mail for ten minutes after MariaDB came back. Taken as each job takes it, a lock
     * without a minimum hold runs out within a minute.
     */
    @Test
    void aLockItsNodeCouldNotFreeRunsOutWithinAMinute() {
        Map<String, Long> longer = new TreeMap<>();
        for (Map.Entry<String, Method> job : scheduledJobs().entrySet()) {
            SchedulerLock annotation = job.getValue().getAnnotation(SchedulerLock.class);
            if (annotation == null || !annotation.lockAtLeastFor().isEmpty()) {
                continue;
            }
            Object bean = context.getBean(job.getValue().getDeclaringClass());
            LockConfiguration asTheJobTakesIt = extractor.getLockConfiguration(bean, job.getValue(), new Object[0])
                    .orElseThrow();
            // Under a name of its own, so the job's own turn on this node does not get in the way.
            String name = "cluster-jobs-test-" + System.nanoTime();
            SimpleLock lock = locks.lock(new LockConfiguration(Instant.now(), name, asTheJobTakesIt.getLockAtMostFor(),
                    asTheJobTakesIt.getLockAtLeastFor())).orElseThrow();
            try {
                long heldFor = jdbc.sql("select timestampdiff(second, now(3), lock_until) from shedlock where name = ?")
                        .param(name).query(Long.class).single();
                if (heldFor > 60) {
                    longer.put(job.getKey(), heldFor);
                }
            } finally {
                lock.unlock();
            }
        }
        assertThat(longer).as("jobs whose lock would outlive its node by more than a minute (seconds)").isEmpty();
    }

    /** The other side of a short lock: a job that runs longer than it keeps its lock, moved on while it runs. */
    @Test
    void aJobRunningLongerThanItsLockKeepsTheLockUntilItEnds() {
        String name = "cluster-jobs-test-" + System.nanoTime();
        LockConfiguration thirtySeconds = new LockConfiguration(Instant.now(), name, Duration.ofSeconds(30), Duration.ZERO);
        SimpleLock lock = locks.lock(thirtySeconds).orElseThrow();
        try {
            Timestamp taken = lockUntil(name);
            await().atMost(Duration.ofSeconds(25)).until(() -> lockUntil(name).after(taken));
            assertThat(locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofSeconds(30), Duration.ZERO)))
                    .as("another node's attempt while the job still runs").isEmpty();
        } finally {
            lock.unlock();
        }
        Optional<SimpleLock> afterwards = locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofSeconds(30),
                Duration.ZERO));
        assertThat(afterwards).as("a turn once the job has ended").isPresent();
        afterwards.get().unlock();
    }

    @Test
    void twoNodesStartingTheSameJobAtTheSameMomentRunItOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        DefaultLockingTaskExecutor executor = new DefaultLockingTaskExecutor(locks);
        LockConfiguration configuration = new LockConfiguration(Instant.now(), "cluster-jobs-test-" + System.nanoTime(),
                Duration.ofMinutes(1), Duration.ZERO);
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<?>> both = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                both.add(nodes.submit(() -> {
                    start.await();
                    executor.executeWithLock((Runnable) () -> {
                        runs.incrementAndGet();
                        sleep(Duration.ofMillis(500));
                    }, configuration);
                    return null;
                }));
            }
            for (Future<?> node : both) {
                node.get();
            }
        }
        assertThat(runs).as("runs of a job both nodes started together").hasValue(1);
    }

    private Map<String, Method> scheduledJobs() {
        Map<String, Method> jobs = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            if (!type.getPackageName().startsWith("org.familyhub")) {
                continue;
            }
            ReflectionUtils.doWithMethods(type, method -> jobs.put(type.getSimpleName() + "." + method.getName(), method),
                    method -> method.isAnnotationPresent(Scheduled.class));
        }
        return jobs;
    }

    private void holdAsAnotherNode(String name, Timestamp until) {
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, now(3), 'other-node')
                on duplicate key update lock_until = values(lock_until), locked_by = 'other-node'""")
                .params(name, until).update();
    }

    private Timestamp lockUntil(String name) {
        return jdbc.sql("select lock_until from shedlock where name = ?").param(name).query(Timestamp.class).single();
    }

    private String holder(String name) {
        return jdbc.sql("select locked_by from shedlock where name = ?").param(name).query(String.class).single();
    }

    private static void invoke(Object bean, Method job) throws Exception {
        ReflectionUtils.makeAccessible(job);
        job.invoke(bean);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
