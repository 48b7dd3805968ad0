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
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A venue (children's centre, family hub, library …) or a virtual place. Always in a locality. */
@Entity
public class Location {

    @Id
    private UUID id;
    private String locationType;
    private @Nullable String name;
    private @Nullable String alternateName;
    private @Nullable String description;
    private @Nullable String transportation;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private @Nullable String url;
    @ManyToOne(optional = false)
    private Locality locality;
    @ManyToOne
    private @Nullable Town town;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "location_id", nullable = false)
    private List<Address> addresses = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "location_id", nullable = false)
    private List<Accessibility> accessibility = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "link_id", insertable = false, updatable = false)
    @SQLRestriction("link_type = 'location'")
    private List<Attribute> attributes = new ArrayList<>();

    protected Location() {
    }

    public Location(UUID id, String locationType, @Nullable String name, @Nullable String description,
            @Nullable String transportation, @Nullable Double latitude, @Nullable Double longitude,
            Locality locality, @Nullable Town town) {
        this.id = id;
        this.locationType = locationType;
        this.name = name;
        this.description = description;
        this.transportation = transportation;
        this.latitude = latitude;
        this.longitude = longitude;
        this.locality = locality;
        this.town = town;
    }

    /** An editor corrects a venue: every service held there shows the change. */
    public void describe(String locationType, @Nullable String name, @Nullable String description,
            @Nullable String transportation, @Nullable Double latitude, @Nullable Double longitude,
            Locality locality, @Nullable Town town) {
        this.locationType = locationType;
        this.name = name;
        this.description = description;
        this.transportation = transportation;
        this.latitude = latitude;
        this.longitude = longitude;
        this.locality = locality;
        this.town = town;
    }

    public UUID getId() { return id; }
    public String getLocationType() { return locationType; }
    public @Nullable String getName() { return name; }
    public @Nullable String getAlternateName() { return alternateName; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getTransportation() { return transportation; }
    public @Nullable Double getLatitude() { return latitude; }
    public @Nullable Double getLongitude() { return longitude; }
    public @Nullable String getUrl() { return url; }
    public Locality getLocality() { return locality; }
    public @Nullable Town getTown() { return town; }
    public List<Address> getAddresses() { return addresses; }
    public List<Accessibility> getAccessibility() { return accessibility; }
    public List<Attribute> getAttributes() { return attributes; }
}
