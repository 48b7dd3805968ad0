package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
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
    /**
     * The role's own phone, a {@code phone} row sharing the contact's id (HSDS links a phone to its contact; the
     * phone table has no column for that, and one number is all a role or team needs). It has no service of its
     * own, so it is never one of the service's phones.
     */
    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true)
    @PrimaryKeyJoinColumn
    private @Nullable Phone phone;

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

    /** The contact with its phone, given the contact's id; or without one. */
    public Contact withPhone(@Nullable String number, @Nullable String type, @Nullable String description) {
        this.phone = number == null || number.isBlank() ? null : new Phone(id, number.strip(), type, description);
        return this;
    }

    public UUID getId() { return id; }
    public @Nullable Phone getPhone() { return phone; }
    public @Nullable String getName() { return name; }
    public @Nullable String getTitle() { return title; }
    public @Nullable String getDepartment() { return department; }
    public @Nullable String getEmail() { return email; }
}
