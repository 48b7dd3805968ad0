package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An organisation's number in a national register, as HSDS 3 {@code organization_identifier} has it: the register
 * by its org-id.guide code ({@code GB-CHC}, {@code GB-COH}), the kind in words, and the number.
 */
@Entity
public class OrganizationIdentifier {

    @Id
    private UUID id;
    private String identifierScheme;
    private String identifierType;
    private String identifier;

    protected OrganizationIdentifier() {
    }

    public OrganizationIdentifier(UUID id, String identifierScheme, String identifierType, String identifier) {
        this.id = id;
        this.identifierScheme = identifierScheme;
        this.identifierType = identifierType;
        this.identifier = identifier;
    }

    public UUID getId() { return id; }
    public String getIdentifierScheme() { return identifierScheme; }
    public String getIdentifierType() { return identifierType; }
    public String getIdentifier() { return identifier; }
}
