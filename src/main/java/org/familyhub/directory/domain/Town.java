package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A town or area within a locality, with its centre for distance searches. */
@Entity
public class Town {

    @Id
    private UUID id;
    private String name;
    @ManyToOne(optional = false)
    private Locality locality;
    private double latitude;
    private double longitude;

    protected Town() {
    }

    public Town(UUID id, String name, Locality locality, double latitude, double longitude) {
        this.id = id;
        this.name = name;
        this.locality = locality;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public Locality getLocality() { return locality; }
    public double getLatitude() { return latitude; }
    public double getLongitude() { return longitude; }
}
