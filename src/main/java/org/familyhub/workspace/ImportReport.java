package org.familyhub.workspace;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What an import did, or why it did nothing: a line per record (its row in a CSV file, its position
 * in a JSON file) with the problems a person needs to fix. {@code imported} is false when any record
 * had a problem, and then nothing at all was changed.
 */
public record ImportReport(boolean imported, List<Line> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    /**
     * One record: {@code row} counts from 1 (the first data row of a CSV file, the first JSON record);
     * {@code changed} names each field an update changed, with its old and new value.
     */
    public record Line(int row, @Nullable String id, @Nullable String name, Outcome outcome, List<String> problems,
            List<String> changed) {

        public Line {
            problems = List.copyOf(problems);
            changed = List.copyOf(changed);
        }

        Line(int row, @Nullable String id, @Nullable String name, Outcome outcome, List<String> problems) {
            this(row, id, name, outcome, problems, List.of());
        }
    }

    /** What happened to one record; {@code CHECKED}: it was fine, but others were not, so it was not imported. */
    public enum Outcome { ADDED, UPDATED, UNCHANGED, CHECKED, REFUSED }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new TreeMap<>();
        lines.forEach(line -> counts.merge(line.outcome(), 1, Integer::sum));
        return counts;
    }

    public List<Line> refused() {
        return lines.stream().filter(line -> line.outcome() == Outcome.REFUSED).toList();
    }
}
