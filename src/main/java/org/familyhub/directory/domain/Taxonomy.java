package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A vocabulary of terms: categories, levels of need, ways to access a service and so on. */
@Entity
public class Taxonomy {

    @Id
    private UUID id;
    private String name;
    private @Nullable String description;
    private @Nullable String uri;
    private @Nullable String version;

    protected Taxonomy() {
    }

    public Taxonomy(UUID id, String name, @Nullable String description, @Nullable String uri,
            @Nullable String version) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.uri = uri;
        this.version = version;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getUri() { return uri; }
    public @Nullable String getVersion() { return version; }
}
