package org.familyhub.portal.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by the portal's JVM (which also runs the benchmark's client) and every process it
 * started (the embedded MariaDB and Elasticsearch), read from {@code /proc}: what one page costs the whole
 * machine, not only the portal's threads.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuMeter() {
    }

    /** CPU nanoseconds of this JVM and its descendants, or of this JVM alone where /proc is missing. */
    static long cpuNanos() {
        long own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long children = ProcessHandle.current().descendants().mapToLong(CpuMeter::ticks).sum();
        return own + (long) (children / TICKS_PER_SECOND * 1e9);
    }

    /** utime + stime of one process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
