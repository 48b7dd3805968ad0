package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * HSDS attribute: classifies a service or location with a taxonomy term.
 */
@Entity
public class Attribute {

    @Id
    private UUID id;
    @Column(name = "link_id")
    private UUID linkId;
    private String linkType;
    @ManyToOne(optional = false)
    private TaxonomyTerm taxonomyTerm;
    private @Nullable String value;
    private @Nullable String label;

    protected Attribute() {
    }

    public Attribute(UUID id, UUID linkId, String linkType, TaxonomyTerm taxonomyTerm) {
        this(id, linkId, linkType, taxonomyTerm, null, null);
    }

    public Attribute(UUID id, UUID linkId, String linkType, TaxonomyTerm taxonomyTerm, @Nullable String value,
            @Nullable String label) {
        this.id = id;
        this.linkId = linkId;
        this.linkType = linkType;
        this.taxonomyTerm = taxonomyTerm;
        this.value = value;
        this.label = label;
    }

    public UUID getId() { return id; }
    public UUID getLinkId() { return linkId; }
    public String getLinkType() { return linkType; }
    public TaxonomyTerm getTaxonomyTerm() { return taxonomyTerm; }
    public @Nullable String getValue() { return value; }
    public @Nullable String getLabel() { return label; }
}
