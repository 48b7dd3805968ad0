package org.familyhub.directory.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A service as HSDS 3.0 describes it, with everything a fully nested service document holds. */
@Entity
public class Service {

    public static final String TEMPORARILY_CLOSED = "temporarily closed";

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    private Organization organization;
    private String name;
    private @Nullable String alternateName;
    private @Nullable String description;
    private @Nullable String url;
    private @Nullable String email;
    private String status;
    private @Nullable String interpretationServices;
    private @Nullable String applicationProcess;
    private @Nullable String feesDescription;
    private @Nullable String eligibilityDescription;
    private @Nullable BigDecimal minimumAge;
    private @Nullable BigDecimal maximumAge;
    private @Nullable String alert;
    private @Nullable LocalDate assuredDate;
    private @Nullable String assurerEmail;
    private Instant lastModified = Instant.now();
    private @Nullable Instant firstPublishedAt;
    private @Nullable LocalDate closedFrom;
    private @Nullable LocalDate closedUntil;
    private @Nullable String closureNotice;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "alternative_service_id")
    private @Nullable Service alternative;
    private @Nullable LocalDate publishFrom;
    private @Nullable LocalDate publishUntil;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id")
    private List<Phone> phones = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id")
    private List<Language> languages = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id", nullable = false)
    private List<CostOption> costOptions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id", nullable = false)
    private List<ServiceArea> serviceAreas = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id", nullable = false)
    private List<ServiceAtLocation> serviceAtLocations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "service_id")
    private List<Schedule> schedules = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "link_id", insertable = false, updatable = false)
    @SQLRestriction("link_type = 'service'")
    private List<Attribute> attributes = new ArrayList<>();

    protected Service() {
    }

    public Service(UUID id, Organization organization, String name, String status) {
        this.id = id;
        this.organization = organization;
        this.name = name;
        this.status = status;
    }

    public void describe(@Nullable String alternateName, @Nullable String description, @Nullable String url,
            @Nullable String email) {
        this.alternateName = alternateName;
        this.description = description;
        this.url = url;
        this.email = email;
    }

    public void setAccess(@Nullable String applicationProcess, @Nullable String feesDescription,
            @Nullable String eligibilityDescription, @Nullable String interpretationServices) {
        this.applicationProcess = applicationProcess;
        this.feesDescription = feesDescription;
        this.eligibilityDescription = eligibilityDescription;
        this.interpretationServices = interpretationServices;
    }

    public void setAges(@Nullable BigDecimal minimumAge, @Nullable BigDecimal maximumAge) {
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
    }

    public void setAssurance(@Nullable LocalDate assuredDate, @Nullable String assurerEmail, @Nullable String alert) {
        this.assuredDate = assuredDate;
        this.assurerEmail = assurerEmail;
        this.alert = alert;
    }

    /** A feed may move a service to another organisation. */
    public void provideBy(Organization organization) {
        this.organization = organization;
    }

    public void rename(String name) {
        this.name = name;
    }

    /** A closure's dates, notice and alternative hold only while the service is temporarily closed. */
    public void changeStatus(String status) {
        this.status = status;
        if (!TEMPORARILY_CLOSED.equals(status)) {
            closedFrom = null;
            closedUntil = null;
            closureNotice = null;
            alternative = null;
        }
    }

    /** Closes the service from the first day to the last (either may be open-ended), with what parents should know. */
    public void closeTemporarily(@Nullable LocalDate from, @Nullable LocalDate until, @Nullable String notice,
            @Nullable Service alternative) {
        this.status = TEMPORARILY_CLOSED;
        this.closedFrom = from;
        this.closedUntil = until;
        this.closureNotice = notice;
        this.alternative = alternative;
    }

    /**
     * Lists the service from the first day to the last (either may be left open): held inactive until a first day
     * still to come, taken down after the last. The dates are consumed as the daily job acts on them.
     */
    public void schedulePublication(@Nullable LocalDate from, @Nullable LocalDate until, LocalDate today) {
        this.publishFrom = from != null && from.isAfter(today) ? from : null;
        this.publishUntil = until;
        if (publishFrom != null) {
            changeStatus("inactive");
        } else if ("inactive".equals(status)) {
            changeStatus("active");
        }
    }

    /** The first day has come: the service is listed, and the date has done its work. */
    public void publishScheduled() {
        changeStatus("active");
        publishFrom = null;
    }

    /** The last day has passed: the service is taken down, and the date has done its work. */
    public void withdrawScheduled() {
        changeStatus("inactive");
        publishUntil = null;
    }

    /**
     * Records that something in the service's document changed (HSDS metadata, ORUK modified_after). The first
     * change that leaves it listed for families is when it was published: what a parent's alert calls new.
     */
    public void touch(Instant now) {
        this.lastModified = now;
        if (firstPublishedAt == null && ("active".equals(status) || TEMPORARILY_CLOSED.equals(status))) {
            this.firstPublishedAt = now;
        }
    }

    public UUID getId() { return id; }
    public Organization getOrganization() { return organization; }
    public String getName() { return name; }
    public @Nullable String getAlternateName() { return alternateName; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getUrl() { return url; }
    public @Nullable String getEmail() { return email; }
    public String getStatus() { return status; }
    public @Nullable String getInterpretationServices() { return interpretationServices; }
    public @Nullable String getApplicationProcess() { return applicationProcess; }
    public @Nullable String getFeesDescription() { return feesDescription; }
    public @Nullable String getEligibilityDescription() { return eligibilityDescription; }
    public @Nullable BigDecimal getMinimumAge() { return minimumAge; }
    public @Nullable BigDecimal getMaximumAge() { return maximumAge; }
    public @Nullable String getAlert() { return alert; }
    public @Nullable LocalDate getAssuredDate() { return assuredDate; }
    public @Nullable String getAssurerEmail() { return assurerEmail; }
    public Instant getLastModified() { return lastModified; }
    public @Nullable Instant getFirstPublishedAt() { return firstPublishedAt; }
    public @Nullable LocalDate getClosedFrom() { return closedFrom; }
    public @Nullable LocalDate getClosedUntil() { return closedUntil; }
    public @Nullable String getClosureNotice() { return closureNotice; }
    public @Nullable Service getAlternative() { return alternative; }
    public @Nullable LocalDate getPublishFrom() { return publishFrom; }
    public @Nullable LocalDate getPublishUntil() { return publishUntil; }
    public List<Phone> getPhones() { return phones; }
    public List<Contact> getContacts() { return contacts; }
    public List<Language> getLanguages() { return languages; }
    public List<CostOption> getCostOptions() { return costOptions; }
    public List<ServiceArea> getServiceAreas() { return serviceAreas; }
    public List<ServiceAtLocation> getServiceAtLocations() { return serviceAtLocations; }
    public List<Schedule> getSchedules() { return schedules; }
    public List<Attribute> getAttributes() { return attributes; }
}
