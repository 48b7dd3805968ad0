package org.familyhub.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** A postcode district ("CW1") or sector ("CW1 3") of the area, with its centre and locality. */
@Entity
public class PostcodeArea {

    @Id
    private String code;
    private String kind;
    @ManyToOne(optional = false)
    private Locality locality;
    @ManyToOne
    private @Nullable Town town;
    private double latitude;
    private double longitude;

    protected PostcodeArea() {
    }

    public PostcodeArea(String code, String kind, Locality locality, @Nullable Town town, double latitude,
            double longitude) {
        this.code = code;
        this.kind = kind;
        this.locality = locality;
        this.town = town;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** The district or sector now belongs to another locality (a boundary review). */
    public void moveTo(Locality locality, @Nullable Town town) {
        this.locality = locality;
        this.town = town;
    }

    public String getCode() { return code; }
    public String getKind() { return kind; }
    public Locality getLocality() { return locality; }
    public @Nullable Town getTown() { return town; }
    public double getLatitude() { return latitude; }
    public double getLongitude() { return longitude; }
}
