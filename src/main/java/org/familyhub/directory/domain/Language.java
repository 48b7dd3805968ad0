package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A language the service is delivered in, without an interpreter. */
@Entity
public class Language {

    @Id
    private UUID id;
    private String name;
    private @Nullable String code;
    private @Nullable String note;

    protected Language() {
    }

    public Language(UUID id, String name, @Nullable String code, @Nullable String note) {
        this.id = id;
        this.name = name;
        this.code = code;
        this.note = note;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public @Nullable String getCode() { return code; }
    public @Nullable String getNote() { return note; }
}
