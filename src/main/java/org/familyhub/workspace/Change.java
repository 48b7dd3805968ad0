package org.familyhub.workspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One published change to a listing, as the history shows it. */
public record Change(UUID id, UUID serviceId, Instant changedAt, String changedBy, Action action,
        List<FieldChange> fields, boolean restorable) {

    public Change {
        fields = List.copyOf(fields);
    }

    /** What kind of change it was. */
    public enum Action { CREATED, PUBLISHED, IMPORTED, CONFIRMED, ARCHIVED, RESTORED }
}
