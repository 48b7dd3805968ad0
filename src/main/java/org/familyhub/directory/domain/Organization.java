package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** The council team, charity, health service or business that provides services. */
@Entity
public class Organization {

    @Id
    private UUID id;
    private String name;
    private @Nullable String alternateName;
    private @Nullable String description;
    private @Nullable String email;
    private @Nullable String website;

    protected Organization() {
    }

    public Organization(UUID id, String name, @Nullable String alternateName, @Nullable String description,
            @Nullable String email, @Nullable String website) {
        this.id = id;
        this.name = name;
        this.alternateName = alternateName;
        this.description = description;
        this.email = email;
        this.website = website;
    }

    /** An editor corrects the organisation: every service it runs shows the change. */
    public void edit(String name, @Nullable String description, @Nullable String email, @Nullable String website) {
        this.name = name;
        this.description = description;
        this.email = email;
        this.website = website;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public @Nullable String getAlternateName() { return alternateName; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getEmail() { return email; }
    public @Nullable String getWebsite() { return website; }
}
