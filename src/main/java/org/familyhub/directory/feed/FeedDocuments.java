package org.familyhub.directory.feed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a feed's records: HSDS 3.0 fully nested services, as an ORUK API's
 * {@code /services/{id}} returns them. Dates and times stay text so the validator can name a bad field.
 */
final class FeedDocuments {

    private FeedDocuments() {
    }

    static <T> List<T> list(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    static Optional<Address> firstAddress(Location location) {
        return list(location.addresses()).stream().findFirst();
    }

    record Service(@Nullable String id, @Nullable String name, @Nullable String alternateName,
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

    record Organization(@Nullable String id, @Nullable String name, @Nullable String alternateName,
            @Nullable String description, @Nullable String email, @Nullable String website) {
    }

    record Phone(@Nullable String id, @Nullable String number, @Nullable String type, @Nullable String description) {
    }

    record Contact(@Nullable String id, @Nullable String name, @Nullable String title, @Nullable String department,
            @Nullable String email) {
    }

    record Language(@Nullable String id, @Nullable String name, @Nullable String code, @Nullable String note) {
    }

    record CostOption(@Nullable String id, @Nullable String option, @Nullable BigDecimal amount,
            @Nullable String currency, @Nullable String amountDescription) {
    }

    record ServiceArea(@Nullable String id, @Nullable String name, @Nullable String description) {
    }

    record ServiceAtLocation(@Nullable String id, @Nullable String description, @Nullable List<Schedule> schedules,
            @Nullable Location location) {
    }

    record Location(@Nullable String id, @Nullable String locationType, @Nullable String name,
            @Nullable String description, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String transportation, @Nullable List<Address> addresses,
            @Nullable List<Accessibility> accessibility, @Nullable List<Attribute> attributes) {
    }

    record Address(@Nullable String id, @JsonProperty("address_1") @Nullable String address1,
            @JsonProperty("address_2") @Nullable String address2, @Nullable String city,
            @Nullable String stateProvince, @Nullable String postalCode, @Nullable String country,
            @Nullable String addressType) {
    }

    record Accessibility(@Nullable String id, @Nullable String description, @Nullable String details,
            @Nullable String url) {
    }

    record Schedule(@Nullable String id, @Nullable String freq, @Nullable Integer interval, @Nullable String byday,
            @Nullable String bymonthday, @Nullable String dtstart, @Nullable String until, @Nullable Integer count,
            @Nullable String validFrom, @Nullable String validTo, @Nullable String opensAt,
            @Nullable String closesAt, @Nullable String wkst, @Nullable String description,
            @Nullable String notes) {
    }

    record Attribute(@Nullable String id, @Nullable String taxonomyTermId) {
    }
}
