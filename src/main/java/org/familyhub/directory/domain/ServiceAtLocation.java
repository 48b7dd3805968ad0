package org.familyhub.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.jspecify.annotations.Nullable;

/** A service delivered at a venue, with the sessions held there. */
@Entity
public class ServiceAtLocation {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    private Location location;
    private @Nullable String description;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_at_location_id")
    @OrderBy("dtstart, opensAt")
    private List<Schedule> schedules = new ArrayList<>();

    protected ServiceAtLocation() {
    }

    public ServiceAtLocation(UUID id, Location location, @Nullable String description) {
        this.id = id;
        this.location = location;
        this.description = description;
    }

    public UUID getId() { return id; }
    public Location getLocation() { return location; }
    public @Nullable String getDescription() { return description; }
    public List<Schedule> getSchedules() { return schedules; }
}
