package org.familyhub.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How the multi-node test reads job runs from two nodes' logs (ShedLock's own lines, as the portal logs them). */
class JobRunsTest {

    private static final String PREFIX = " DEBUG 8844 --- [familyhub] [   scheduling-1] n.j.s.core.DefaultLockingTaskExecutor    : ";

    @TempDir
    Path logs;

    @Test
    void runsArePairedPerNodeAndCountedPerJob() throws IOException {
        JobRuns runs = read(List.of(
                locked("06:30:00.000", "mail-dispatcher"), finished("06:30:00.020", "mail-dispatcher"),
                locked("06:30:05.000", "mail-dispatcher"), finished("06:30:05.020", "mail-dispatcher")),
                List.of(locked("06:30:02.000", "mail-dispatcher"), finished("06:30:02.020", "mail-dispatcher")));
        assertThat(runs.counts()).isEqualTo(Map.of("mail-dispatcher", Map.of("node1", 2, "node2", 1)));
        assertThat(runs.overlaps(Duration.ZERO)).isEmpty();
    }

    @Test
    void aLockTakenWhileTheOtherNodeHeldItIsAnOverlapButALateLogLineIsNot() throws IOException {
        // Seen on a loaded machine: node2's "released" line came 0.26 s after node1 logged taking the lock.
        JobRuns lateLine = read(List.of(locked("07:09:23.876", "mail-dispatcher"), finished("07:09:24.203", "mail-dispatcher")),
                List.of(locked("07:09:23.247", "mail-dispatcher"), finished("07:09:24.132", "mail-dispatcher")));
        assertThat(lateLine.overlaps(Duration.ofSeconds(2))).isEmpty();
        assertThat(lateLine.overlaps(Duration.ZERO)).hasSize(1);

        JobRuns together = read(List.of(locked("07:00:00.000", "feed-pulls"), finished("07:00:09.000", "feed-pulls")),
                List.of(locked("07:00:03.000", "feed-pulls"), finished("07:00:08.000", "feed-pulls")));
        assertThat(together.overlaps(Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void aRunCutOffByAKillLastsUntilItsLogEndsAndTwoRunsInOneSlotAreCounted() throws IOException {
        JobRuns runs = read(List.of(locked("07:00:10.050", "roll"), finished("07:00:10.070", "roll"),
                        locked("07:00:20.010", "feed-pulls"), "2026-12-02T07:00:30.000Z  INFO last line before kill -9"),
                List.of(locked("07:00:11.900", "roll"), finished("07:00:11.950", "roll"),
                        locked("07:00:25.000", "feed-pulls"), finished("07:00:29.000", "feed-pulls")));
        assertThat(runs.perSlot("roll", 10).values()).as("runs in the one slot 07:00:10-20").containsExactly(2);
        assertThat(runs.overlaps(Duration.ofSeconds(2))).singleElement().asString().contains("feed-pulls");
    }

    private JobRuns read(List<String> node1, List<String> node2) throws IOException {
        Path one = Files.write(logs.resolve("node1-portal-1.log"), node1);
        Path two = Files.write(logs.resolve("node2-portal-1.log"), node2);
        return JobRuns.read(Map.of("node1", List.of(one), "node2", List.of(two)));
    }

    private static String locked(String time, String job) {
        return "2026-12-02T" + time + "Z" + PREFIX + "Locked '" + job + "', lock will be held at most until 2026-12-02T08:00:00.000Z";
    }

    private static String finished(String time, String job) {
        return "2026-12-02T" + time + "Z" + PREFIX + "Task finished, lock '" + job + "' released";
    }
}
