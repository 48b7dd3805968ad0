package org.familyhub.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The directory's published records in exactly the shape of HSDS 3.0 (Open Referral UK), so that the
 * API serialises them as they are (snake_case, and nulls, empty lists and empty strings left out, as the
 * Open Referral UK profile asks). A list that is {@code null} is one the requested level of detail leaves out.
 */
public final class OpenReferralRecords {

    private OpenReferralRecords() {
    }

    /** How much of a service to publish: the standard's default list item, or fully nested. */
    public enum Detail { LIST, FULL }

    /**
     * {@code last_modified}: when the service or anything published with it last changed, to the
     * millisecond in UTC (HSDS 3.0 asks for millisecond accuracy).
     */
    public static String timestamp(Instant instant) {
        return LAST_MODIFIED.format(instant);
    }

    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    /** The minimal form of a service (HSDS 3.0 {@code minimal=true}): its id and when it last changed. */
    public record MinimalService(UUID id, String lastModified) {
    }

    public record Service(UUID id, UUID organizationId, String name, @Nullable String alternateName,
            @Nullable String description, @Nullable String url, @Nullable String email, String status,
            @Nullable String interpretationServices, @Nullable String applicationProcess,
            @Nullable String feesDescription, @Nullable String eligibilityDescription,
            @Nullable BigDecimal minimumAge, @Nullable BigDecimal maximumAge, @Nullable String assuredDate,
            @Nullable String assurerEmail, @Nullable String alert, String lastModified,
            @Nullable Organization organization,
            @Nullable List<Phone> phones, @Nullable List<Schedule> schedules,
            @Nullable List<ServiceArea> serviceAreas, @Nullable List<ServiceAtLocation> serviceAtLocations,
            @Nullable List<Language> languages, @Nullable List<CostOption> costOptions,
            @Nullable List<Contact> contacts, @Nullable List<Attribute> attributes) {
    }

    /** {@code services} only on a fully nested organisation (its services, without the organisation again). */
    public record Organization(UUID id, String name, @Nullable String alternateName, String description,
            @Nullable String email, @Nullable String website, List<OrganizationIdentifier> organizationIdentifiers,
            @Nullable List<Service> services) {
    }

    /** A charity or company number: {@code identifier_scheme} is the register's org-id.guide code. */
    public record OrganizationIdentifier(UUID id, UUID organizationId, String identifierScheme,
            String identifierType, String identifier) {
    }

    public record Taxonomy(UUID id, String name, String description, @Nullable String uri,
            @Nullable String version) {
    }

    /** {@code taxonomy} is the taxonomy's name, as HSDS 3.0 names the vocabulary a term comes from. */
    public record TaxonomyTerm(UUID id, @Nullable String code, String name, String description,
            @Nullable UUID parentId, String taxonomy, UUID taxonomyId) {
    }

    /** {@code linkEntity} is the table linked ("service", "location"); {@code linkType} the taxonomy's name. */
    public record Attribute(UUID id, UUID linkId, String linkType, String linkEntity, UUID taxonomyTermId,
            @Nullable String value, @Nullable String label, TaxonomyTerm taxonomyTerm) {
    }

    public record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId, @Nullable String description,
            List<Schedule> schedules, Location location) {
    }

    public record Location(UUID id, String locationType, @Nullable String url, @Nullable String name,
            @Nullable String alternateName, @Nullable String description, @Nullable String transportation,
            @Nullable Double latitude, @Nullable Double longitude, List<Address> addresses,
            List<Accessibility> accessibility, List<Attribute> attributes) {
    }

    public record Address(UUID id, @Nullable String attention, @JsonProperty("address_1") String address1,
            @JsonProperty("address_2") @Nullable String address2, String city, @Nullable String region,
            String stateProvince, String postalCode, String country, String addressType) {
    }

    public record Accessibility(UUID id, @Nullable String description, @Nullable String details,
            @Nullable String url) {
    }

    /** Dates are ISO 8601 ({@code YYYY-MM-DD}), times {@code HH:MM}, as the standard asks. */
    public record Schedule(UUID id, @Nullable String validFrom, @Nullable String validTo, @Nullable String dtstart,
            @Nullable String until, @Nullable Integer count, @Nullable String wkst, @Nullable String freq,
            @Nullable Integer interval, @Nullable String byday, @Nullable String bymonthday,
            @Nullable String opensAt, @Nullable String closesAt, @Nullable String description,
            @Nullable String notes) {
    }

    public record Phone(UUID id, String number, @Nullable String extension, @Nullable String type,
            @Nullable String description) {
    }

    /** Never a person's name: only the role, the team, a service mailbox and the role's phone are public. */
    public record Contact(UUID id, @Nullable String title, @Nullable String department, @Nullable String email,
            List<Phone> phones) {
    }

    public record Language(UUID id, String name, @Nullable String code, @Nullable String note) {
    }

    public record CostOption(UUID id, @Nullable String validFrom, @Nullable String validTo, @Nullable String option,
            @Nullable String currency, @Nullable BigDecimal amount, @Nullable String amountDescription) {
    }

    public record ServiceArea(UUID id, UUID serviceId, String name, @Nullable String description) {
    }
}
