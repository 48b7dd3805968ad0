package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A named contact point for a service (a role, not a private person, in public listings). */
@Entity
public class Contact {

    @Id
    private UUID id;
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String department;
    private @Nullable String email;

    protected Contact() {
    }

    public Contact(UUID id, @Nullable String name, @Nullable String title, @Nullable String department,
            @Nullable String email) {
        this.id = id;
        this.name = name;
        this.title = title;
        this.department = department;
        this.email = email;
    }

    public UUID getId() { return id; }
    public @Nullable String getName() { return name; }
    public @Nullable String getTitle() { return title; }
    public @Nullable String getDepartment() { return department; }
    public @Nullable String getEmail() { return email; }
}
