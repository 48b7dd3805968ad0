package org.familyhub.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyhub.shared.privacy.PersonQuery;
import org.familyhub.shared.privacy.PersonalRecord;

/** What one search found, grouped by part of the portal in a fixed order (those with nothing left out). */
public record Findings(PersonQuery query, List<Area> areas) {

    /** One part of the portal and its records about the person. */
    public record Area(String name, List<PersonalRecord> records) {
    }

    public boolean isEmpty() {
        return areas.isEmpty();
    }

    public int total() {
        return areas.stream().mapToInt(area -> area.records().size()).sum();
    }

    public boolean anySafeguarding() {
        return areas.stream().flatMap(area -> area.records().stream()).anyMatch(PersonalRecord::safeguarding);
    }

    /** "Front door: 2, E-mails: 3": what the audit keeps of a search. */
    public String counts() {
        return areas.stream().map(area -> area.name() + ": " + area.records().size()).collect(Collectors.joining(", "));
    }

    Map<String, Set<String>> idsByArea() {
        return areas.stream().collect(Collectors.toMap(Area::name,
                area -> area.records().stream().map(PersonalRecord::id).collect(Collectors.toSet())));
    }
}
