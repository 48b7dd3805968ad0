package org.familyhub.folders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One folder as its owner sees it. {@code familyEmail} and {@code familyLanguage} are set only while the family's
 * consent is recorded ({@code consentBy}, {@code consentAt}).
 */
public record Folder(UUID id, String owner, String label, Instant createdAt, Instant updatedAt, int items,
        @Nullable String familyEmail, @Nullable String familyLanguage, @Nullable String consentBy,
        @Nullable Instant consentAt) {

    public boolean consentRecorded() {
        return consentAt != null;
    }
}
