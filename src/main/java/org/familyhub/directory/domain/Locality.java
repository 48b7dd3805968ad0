package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** One of the council's localities: the unit families, teams and reports are organised by. */
@Entity
public class Locality {

    @Id
    private UUID id;
    private String code;
    private String name;
    private @Nullable String description;
    private @Nullable Integer population;

    protected Locality() {
    }

    public Locality(UUID id, String code, String name, @Nullable String description, @Nullable Integer population) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.description = description;
        this.population = population;
    }

    public void rename(String name) {
        this.name = name;
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public @Nullable String getDescription() { return description; }
    public @Nullable Integer getPopulation() { return population; }
}
