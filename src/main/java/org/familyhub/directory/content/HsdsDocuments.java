package org.familyhub.directory.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The shape of the content files and of other publishers' feeds: HSDS 3.0 "fully nested service"
 * documents as the standard's {@code /services/{id}} returns them, and the area and taxonomy files the
 * portal needs beside them. Dates and times stay text here so that a validator can name the field that
 * is wrong.
 */
@NamedInterface("content")
public final class HsdsDocuments {

    private HsdsDocuments() {
    }

    public static <T> List<T> list(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    /** Whether the text is an HSDS id: a UUID written out in full (36 characters). */
    public static boolean isUuid(@Nullable String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static Optional<Address> firstAddress(Location location) {
        return list(location.addresses()).stream().findFirst();
    }

    public record Area(@Nullable String name, @Nullable List<AreaLocality> localities, @Nullable List<AreaTown> towns,
            @Nullable List<AreaPostcode> postcodes) {
    }

    public record AreaLocality(@Nullable String id, @Nullable String code, @Nullable String name,
            @Nullable String description, @Nullable Integer population) {
    }

    public record AreaTown(@Nullable String id, @Nullable String name, @Nullable String locality, @Nullable Double latitude,
            @Nullable Double longitude) {
    }

    public record AreaPostcode(@Nullable String code, @Nullable String kind, @Nullable String locality,
            @Nullable String town, @Nullable Double latitude, @Nullable Double longitude) {
    }

    public record TaxonomyDocument(@Nullable String id, @Nullable String name, @Nullable String description,
            @Nullable String uri, @Nullable String version, @Nullable List<Term> terms) {
    }

    /** A taxonomy term; {@code name_pl} and {@code description_pl} are its optional Polish, for Polish pages. */
    public record Term(@Nullable String id, @Nullable String code, @Nullable String name, @Nullable String description,
            @Nullable String parentCode, @Nullable String namePl, @Nullable String descriptionPl) {
    }

    public record Service(@Nullable String id, @Nullable String name, @Nullable String alternateName,
            @Nullable String description, @Nullable String url, @Nullable String email, @Nullable String status,
            @Nullable String interpretationServices, @Nullable String applicationProcess,
            @Nullable String feesDescription, @Nullable String eligibilityDescription,
            @Nullable BigDecimal minimumAge, @Nullable BigDecimal maximumAge, @Nullable String alert,
            @Nullable String assuredDate, @Nullable String assurerEmail, @Nullable Organization organization,
            @Nullable List<Phone> phones, @Nullable List<Contact> contacts, @Nullable List<Language> languages,
            @Nullable List<CostOption> costOptions, @Nullable List<ServiceArea> serviceAreas,
            @Nullable List<ServiceAtLocation> serviceAtLocations, @Nullable List<Schedule> schedules,
            @Nullable List<Attribute> attributes) {
    }

    /**
     * An organisation; its {@code organization_identifiers} (a charity or company number) say which organisation it
     * is whatever id a publisher gave it.
     */
    public record Organization(@Nullable String id, @Nullable String name, @Nullable String alternateName,
            @Nullable String description, @Nullable String email, @Nullable String website,
            @Nullable List<OrganizationIdentifier> organizationIdentifiers) {

        public Organization(@Nullable String id, @Nullable String name, @Nullable String alternateName,
                @Nullable String description, @Nullable String email, @Nullable String website) {
            this(id, name, alternateName, description, email, website, null);
        }
    }

    /** A number in a national register: {@code identifier_scheme} is the register's org-id.guide code (GB-CHC). */
    public record OrganizationIdentifier(@Nullable String id, @Nullable String identifierScheme,
            @Nullable String identifierType, @Nullable String identifier) {
    }

    public record Phone(@Nullable String id, @Nullable String number, @Nullable String type, @Nullable String description) {
    }

    /** {@code phones}: the contact's own, as HSDS nests them; the portal keeps the first. */
    public record Contact(@Nullable String id, @Nullable String name, @Nullable String title, @Nullable String department,
            @Nullable String email, @Nullable List<Phone> phones) {

        public Optional<Phone> firstPhone() {
            return list(phones).stream().filter(p -> p.number() != null && !p.number().isBlank()).findFirst();
        }
    }

    public record Language(@Nullable String id, @Nullable String name, @Nullable String code, @Nullable String note) {
    }

    public record CostOption(@Nullable String id, @Nullable String option, @Nullable BigDecimal amount,
            @Nullable String currency, @Nullable String amountDescription) {
    }

    public record ServiceArea(@Nullable String id, @Nullable String name, @Nullable String description) {
    }

    public record ServiceAtLocation(@Nullable String id, @Nullable String description, @Nullable List<Schedule> schedules,
            @Nullable Location location) {
    }

    public record Location(@Nullable String id, @Nullable String locationType, @Nullable String name,
            @Nullable String description, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String transportation, @Nullable List<Address> addresses,
            @Nullable List<Accessibility> accessibility, @Nullable List<Attribute> attributes) {
    }

    public record Address(@Nullable String id, @JsonProperty("address_1") @Nullable String address1,
            @JsonProperty("address_2") @Nullable String address2, @Nullable String city,
            @Nullable String stateProvince, @Nullable String postalCode, @Nullable String country,
            @Nullable String addressType) {
    }

    public record Accessibility(@Nullable String id, @Nullable String description, @Nullable String details,
            @Nullable String url) {
    }

    /**
     * An HSDS schedule; {@code term_time_only} is the portal's own field beside the standard's, since HSDS
     * has none: other publishers say "term time only" in the session's words.
     *
     * <p>{@code except_dates} is the portal's own too: the ISO dates a session does not meet although its
     * recurrence says it would (RFC 5545's EXDATE: a training day, a venue closure). HSDS 3 has nowhere for them,
     * so the Open Referral API does not emit the field but says the dates in the schedule's notes ("Not on
     * 22 December 2026"). Left out of the JSON when there are none, so a document without them is written
     * byte for byte as before.
     */
    public record Schedule(@Nullable String id, @Nullable String freq, @Nullable Integer interval, @Nullable String byday,
            @Nullable String bymonthday, @Nullable String dtstart, @Nullable String until, @Nullable Integer count,
            @Nullable String validFrom, @Nullable String validTo, @Nullable String opensAt,
            @Nullable String closesAt, @Nullable String wkst, @Nullable String description,
            @Nullable String notes, @Nullable Boolean termTimeOnly,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> exceptDates) {

        /** A schedule without exception dates. */
        public Schedule(@Nullable String id, @Nullable String freq, @Nullable Integer interval,
                @Nullable String byday, @Nullable String bymonthday, @Nullable String dtstart, @Nullable String until,
                @Nullable Integer count, @Nullable String validFrom, @Nullable String validTo,
                @Nullable String opensAt, @Nullable String closesAt, @Nullable String wkst,
                @Nullable String description, @Nullable String notes, @Nullable Boolean termTimeOnly) {
            this(id, freq, interval, byday, bymonthday, dtstart, until, count, validFrom, validTo, opensAt, closesAt,
                    wkst, description, notes, termTimeOnly, null);
        }

        /** The exception dates, earliest first; a date that is not a date is an error for the writer to report. */
        public List<java.time.LocalDate> exceptions() {
            return list(exceptDates).stream().map(String::strip).map(java.time.LocalDate::parse).sorted().distinct()
                    .toList();
        }

        private static final Pattern TERM_TIME = Pattern.compile("(?i)\\bterm[- ]time\\b");

        /** Whether the session skips school holidays: as the document says, or else as its words say. */
        public boolean inTermTimeOnly() {
            return termTimeOnly != null ? termTimeOnly : saysTermTime(description, notes);
        }

        /**
         * The flag a document carries for a stored schedule: none when the words say the same, so that an editor
         * who rewrites the words (the form has no tick box) changes what the session does.
         */
        static @Nullable Boolean flag(boolean termTimeOnly, @Nullable String description, @Nullable String notes) {
            return termTimeOnly == saysTermTime(description, notes) ? null : termTimeOnly;
        }

        private static boolean saysTermTime(@Nullable String description, @Nullable String notes) {
            return description != null && TERM_TIME.matcher(description).find()
                    || notes != null && TERM_TIME.matcher(notes).find();
        }
    }

    /**
     * The school terms of the area, from {@code term-dates.json}; the half term is a week off inside a term.
     */
    public record TermDatesDocument(@Nullable String description, @Nullable List<TermDocument> terms) {
    }

    public record TermDocument(@Nullable String id, @Nullable String name, @Nullable String startsOn,
            @Nullable String endsOn, @Nullable HalfTerm halfTerm) {
    }

    public record HalfTerm(@Nullable String startsOn, @Nullable String endsOn) {
    }

    /** {@code value} and {@code label}: what the attribute says of its term (a Local Offer answer and question). */
    public record Attribute(@Nullable String id, @Nullable String taxonomyTermId, @Nullable String value,
            @Nullable String label) {

        public Attribute(@Nullable String id, @Nullable String taxonomyTermId) {
            this(id, taxonomyTermId, null, null);
        }
    }
}
