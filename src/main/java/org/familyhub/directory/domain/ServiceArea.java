package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** Where a service without a venue is offered: one locality, or the whole area when it has none. */
@Entity
public class ServiceArea {

    @Id
    private UUID id;
    private String name;
    private @Nullable String description;
    @ManyToOne
    private @Nullable Locality locality;

    protected ServiceArea() {
    }

    public ServiceArea(UUID id, String name, @Nullable String description, @Nullable Locality locality) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.locality = locality;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public @Nullable String getDescription() { return description; }
    public @Nullable Locality getLocality() { return locality; }
}
