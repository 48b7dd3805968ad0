package org.familyhub.shared.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One record held about a person, as an administrator and the person read it: what it is in plain English
 * ("Request for help"), its id and reference, when it was made, and each personal field as label → value.
 *
 * @param safeguarding a request under safeguarding: shown, and erased only with a reason given
 */
public record PersonalRecord(String kind, String id, @Nullable String reference, @Nullable Instant at,
        Map<String, String> fields, boolean safeguarding) {

    public PersonalRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** This record with one more field, unless {@code value} is empty. */
    public PersonalRecord with(String label, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(label, value);
        return new PersonalRecord(kind, id, reference, at, more, safeguarding);
    }

    /** Fields in order, leaving out those with nothing in them. */
    public static Map<String, String> fields(@Nullable Object... labelsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            Object value = labelsAndValues[i + 1];
            if (value != null && !String.valueOf(value).isBlank()) {
                fields.put(String.valueOf(labelsAndValues[i]), String.valueOf(value));
            }
        }
        return fields;
    }
}
