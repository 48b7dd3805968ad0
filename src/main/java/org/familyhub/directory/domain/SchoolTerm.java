package org.familyhub.directory.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A school term of the council's area, with its half term: when "term time only" sessions run. */
@Entity
public class SchoolTerm {

    @Id
    private UUID id;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private @Nullable LocalDate halfTermStartsOn;
    private @Nullable LocalDate halfTermEndsOn;

    protected SchoolTerm() {
    }

    public SchoolTerm(UUID id, String name, LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate halfTermStartsOn,
            @Nullable LocalDate halfTermEndsOn) {
        this.id = id;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.halfTermStartsOn = halfTermStartsOn;
        this.halfTermEndsOn = halfTermEndsOn;
    }

    /** New dates for the term, as an administrator corrected them; checked by the service before. */
    public void change(String newName, LocalDate newStartsOn, LocalDate newEndsOn, @Nullable LocalDate newHalfTermStartsOn,
            @Nullable LocalDate newHalfTermEndsOn) {
        this.name = newName;
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
        this.halfTermStartsOn = newHalfTermStartsOn;
        this.halfTermEndsOn = newHalfTermEndsOn;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public @Nullable LocalDate getHalfTermStartsOn() { return halfTermStartsOn; }
    public @Nullable LocalDate getHalfTermEndsOn() { return halfTermEndsOn; }
}
