package org.familyhub.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of the cluster's scheduled jobs, read from the nodes' logs: ShedLock logs (at DEBUG) each lock it
 * takes ({@code Locked 'job'}) and each it gives back ({@code Task finished, lock 'job' released}). A run is the
 * time between the two on one node; a run whose node was killed before it finished lasts until that log ends.
 */
final class JobRuns {

    /** One run of a job on one node. */
    record Run(String job, String node, Instant start, Instant end) {
    }

    private static final Pattern TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(?:Z|[+-]\\d\\d:\\d\\d))\\s");
    private static final Pattern LOCKED = Pattern.compile("Locked '([^']+)', lock will be held");
    private static final Pattern FINISHED = Pattern.compile("Task finished, lock '([^']+)'");

    private final List<Run> runs = new ArrayList<>();

    /** Reads every log of every node: {@code logs} maps a node's name to its log files, one per start. */
    static JobRuns read(Map<String, List<Path>> logs) throws IOException {
        JobRuns all = new JobRuns();
        for (Map.Entry<String, List<Path>> node : logs.entrySet()) {
            for (Path log : node.getValue()) {
                if (Files.isRegularFile(log)) {
                    all.readOne(node.getKey(), Files.readAllLines(log));
                }
            }
        }
        all.runs.sort(Comparator.comparing(Run::start));
        return all;
    }

    private void readOne(String node, List<String> lines) {
        Map<String, Instant> open = new HashMap<>();
        Instant last = null;
        for (String line : lines) {
            Matcher time = TIME.matcher(line);
            if (!time.find()) {
                continue;
            }
            Instant at = OffsetDateTime.parse(time.group(1)).toInstant();
            last = at;
            Matcher locked = LOCKED.matcher(line);
            if (locked.find()) {
                open.put(locked.group(1), at);
                continue;
            }
            Matcher finished = FINISHED.matcher(line);
            if (finished.find()) {
                Instant start = open.remove(finished.group(1));
                if (start != null) {
                    runs.add(new Run(finished.group(1), node, start, at));
                }
            }
        }
        Instant end = last;
        open.forEach((job, start) -> runs.add(new Run(job, node, start, end)));
    }

    List<Run> runs() {
        return List.copyOf(runs);
    }

    /** Runs per job and node: {@code job -> node -> runs}. */
    Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        runs.forEach(run -> counts.computeIfAbsent(run.job(), k -> new TreeMap<>()).merge(run.node(), 1, Integer::sum));
        return counts;
    }

    /**
     * Pairs of runs of the same job on two different nodes whose logged times overlap by more than {@code slack}.
     * ShedLock writes its lines just after taking a lock and just after giving it back, so on a busy machine a
     * line can come later than the moment it reports (a run logged as ending at 24.1 s may have given its lock
     * back at 23.8 s, before the other node took it at 23.9 s). An overlap within that slack proves nothing; one
     * beyond it (a lock taken while another node held it) is what a missing or broken lock looks like.
     */
    List<String> overlaps(Duration slack) {
        List<String> overlaps = new ArrayList<>();
        Map<String, List<Run>> byJob = new TreeMap<>();
        runs.forEach(run -> byJob.computeIfAbsent(run.job(), k -> new ArrayList<>()).add(run));
        byJob.forEach((job, jobRuns) -> {
            for (int i = 0; i < jobRuns.size(); i++) {
                Run first = jobRuns.get(i);
                for (int j = i + 1; j < jobRuns.size() && jobRuns.get(j).start().isBefore(first.end()); j++) {
                    Run second = jobRuns.get(j);
                    Instant until = first.end().isBefore(second.end()) ? first.end() : second.end();
                    if (!first.node().equals(second.node())
                            && Duration.between(second.start(), until).compareTo(slack) > 0) {
                        overlaps.add(first + " and " + second);
                    }
                }
            }
        });
        return overlaps;
    }

    /** How many runs of {@code job} started in each slot of {@code seconds} (slot = epoch second / seconds). */
    Map<Long, Integer> perSlot(String job, long seconds) {
        Map<Long, Integer> slots = new TreeMap<>();
        runs.stream().filter(run -> run.job().equals(job))
                .forEach(run -> slots.merge(run.start().getEpochSecond() / seconds, 1, Integer::sum));
        return slots;
    }
}
