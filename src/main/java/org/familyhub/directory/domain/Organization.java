package org.familyhub.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
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
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "organization_id", nullable = false)
    private List<OrganizationIdentifier> identifiers = new ArrayList<>();

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

    /** Its numbers in the national registers, replacing the ones it had. */
    public void identify(List<OrganizationIdentifier> replacements) {
        identifiers.clear();
        identifiers.addAll(replacements);
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public @Nullable String getAlternateName() { return alternateName; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getEmail() { return email; }
    public @Nullable String getWebsite() { return website; }
    public List<OrganizationIdentifier> getIdentifiers() { return identifiers; }
}
