package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** What a venue offers disabled visitors, in words. */
@Entity
public class Accessibility {

    @Id
    private UUID id;
    private @Nullable String description;
    private @Nullable String details;
    private @Nullable String url;

    protected Accessibility() {
    }

    public Accessibility(UUID id, @Nullable String description, @Nullable String details, @Nullable String url) {
        this.id = id;
        this.description = description;
        this.details = details;
        this.url = url;
    }

    public UUID getId() { return id; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getDetails() { return details; }
    public @Nullable String getUrl() { return url; }
}
