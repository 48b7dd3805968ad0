package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * A term of a taxonomy; categories nest through their parent. Its name and description are English; a council
 * may give their Polish in its content ({@code name_pl}, {@code description_pl}), shown to Polish readers.
 */
@Entity
public class TaxonomyTerm {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    private Taxonomy taxonomy;
    private String code;
    private String name;
    private @Nullable String description;
    private @Nullable String namePl;
    private @Nullable String descriptionPl;
    @ManyToOne
    private @Nullable TaxonomyTerm parent;

    protected TaxonomyTerm() {
    }

    public TaxonomyTerm(UUID id, Taxonomy taxonomy, String code, String name, @Nullable String description,
            @Nullable TaxonomyTerm parent) {
        this.id = id;
        this.taxonomy = taxonomy;
        this.code = code;
        this.name = name;
        this.description = description;
        this.parent = parent;
    }

    /** The same term with its Polish name and description, either of which may be missing. */
    public TaxonomyTerm inPolish(@Nullable String namePl, @Nullable String descriptionPl) {
        this.namePl = namePl;
        this.descriptionPl = descriptionPl;
        return this;
    }

    /** An administrator renames or re-files the term; its code, which searches and links carry, stays. */
    public void describe(String name, @Nullable String description, @Nullable TaxonomyTerm parent) {
        this.name = name;
        this.description = description;
        this.parent = parent;
    }

    public UUID getId() { return id; }
    public Taxonomy getTaxonomy() { return taxonomy; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getNamePl() { return namePl; }
    public @Nullable String getDescriptionPl() { return descriptionPl; }
    public @Nullable TaxonomyTerm getParent() { return parent; }
}
