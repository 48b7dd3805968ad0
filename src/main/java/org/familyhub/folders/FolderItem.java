package org.familyhub.folders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A service in a folder, with the professional's optional short note. */
public record FolderItem(UUID serviceId, @Nullable String note, Instant addedAt) {
}
