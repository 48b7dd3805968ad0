package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

@Entity
public class Phone {

    @Id
    private UUID id;
    private String number;
    private @Nullable String extension;
    private @Nullable String type;
    private @Nullable String description;

    protected Phone() {
    }

    public Phone(UUID id, String number, @Nullable String type, @Nullable String description) {
        this.id = id;
        this.number = number;
        this.type = type;
        this.description = description;
    }

    public UUID getId() { return id; }
    public String getNumber() { return number; }
    public @Nullable String getExtension() { return extension; }
    public @Nullable String getType() { return type; }
    public @Nullable String getDescription() { return description; }
}
