package org.familyhub.directory.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

@Entity
public class Address {

    @Id
    private UUID id;
    private @Nullable String attention;
    @Column(name = "address_1")
    private String address1;
    @Column(name = "address_2")
    private @Nullable String address2;
    private String city;
    private @Nullable String region;
    private @Nullable String stateProvince;
    private String postalCode;
    private String country;
    private String addressType;

    protected Address() {
    }

    public Address(UUID id, String address1, @Nullable String address2, String city, @Nullable String stateProvince,
            String postalCode, String country, String addressType) {
        this.id = id;
        this.address1 = address1;
        this.address2 = address2;
        this.city = city;
        this.stateProvince = stateProvince;
        this.postalCode = postalCode;
        this.country = country;
        this.addressType = addressType;
    }

    /** An editor corrects the street address; the venue's locality follows its postcode. */
    public void correct(String address1, @Nullable String address2, String city, String postalCode) {
        this.address1 = address1;
        this.address2 = address2;
        this.city = city;
        this.postalCode = postalCode;
    }

    public UUID getId() { return id; }
    public @Nullable String getAttention() { return attention; }
    public String getAddress1() { return address1; }
    public @Nullable String getAddress2() { return address2; }
    public String getCity() { return city; }
    public @Nullable String getRegion() { return region; }
    public @Nullable String getStateProvince() { return stateProvince; }
    public String getPostalCode() { return postalCode; }
    public String getCountry() { return country; }
    public String getAddressType() { return addressType; }
}
