package org.familyhub.frontdoor.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.frontdoor.ChildcareNeed;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.FundedHours;
import org.familyhub.frontdoor.Outcome;
import org.familyhub.frontdoor.RequestKind;
import org.familyhub.frontdoor.RequestStatus;
import org.familyhub.frontdoor.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A request for help, from a family or a professional, and where it is on its way to an outcome. The
 * moves between statuses are checked here; who may make them is the inbox's business.
 */
@Entity
public class HelpRequest {

    @Id
    private UUID id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private RequestKind kind;
    @Enumerated(EnumType.STRING)
    private RequestStatus status = RequestStatus.RECEIVED;
    private String localityCode;
    private @Nullable UUID serviceId;
    private @Nullable String serviceName;
    /** Set once the request is with a provider: the organisation whose users then see it. */
    private @Nullable UUID organisationId;
    private @Nullable String team;
    private boolean safeguarding;
    private @Nullable String safeguardingNote;
    @Enumerated(EnumType.STRING)
    private @Nullable Urgency urgency;
    @Enumerated(EnumType.STRING)
    private @Nullable LevelOfNeed levelOfNeed;
    @Convert(converter = CodeList.class)
    private List<String> topics = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    private @Nullable UUID referrerUserId;
    private @Nullable String referrerName;
    private @Nullable String referrerEmail;

    private @Nullable String familyName;
    private @Nullable String familyEmail;
    private @Nullable String familyPhone;
    private @Nullable String familyLanguage;
    private @Nullable String postcode;
    @Convert(converter = CodeList.class)
    private List<String> contactMethods = new ArrayList<>();
    private @Nullable String contactTimes;
    private @Nullable Boolean safeToLeaveMessage;
    private @Nullable String helpWanted;
    private @Nullable Boolean consentToShare;
    private @Nullable String consentGivenBy;
    private @Nullable Instant consentGivenAt;
    private @Nullable String worker;
    private @Nullable String declineReason;
    private @Nullable String outcomeNote;
    @ElementCollection
    @CollectionTable(name = "help_request_child", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<ChildEntry> children = new ArrayList<>();

    /** Brokerage only: the childcare the family asked the Family Information Service to find. */
    private @Nullable Integer childcareAgeMonths;
    @Convert(converter = CodeList.class)
    private List<String> childcareDays = new ArrayList<>();
    private @Nullable LocalTime childcareFrom;
    private @Nullable LocalTime childcareTo;
    @Enumerated(EnumType.STRING)
    private @Nullable FundedHours childcareFundedHours;
    private @Nullable String childcareSendNeeds;

    private Instant createdAt;
    private @Nullable Instant firstResponseAt;
    private @Nullable Instant allocatedAt;
    private @Nullable Instant closedAt;
    private @Nullable Instant purgedAt;
    private Instant updatedAt;
    @Version
    @Column(nullable = false)
    private int version;

    protected HelpRequest() {
    }

    public HelpRequest(UUID id, String reference, RequestKind kind, String localityCode, Instant createdAt) {
        this.id = id;
        this.reference = reference;
        this.kind = kind;
        this.localityCode = localityCode;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void describeFamily(@Nullable String name, @Nullable String email, @Nullable String phone, String postcode,
            List<ChildEntry> children) {
        this.familyName = name;
        this.familyEmail = email;
        this.familyPhone = phone;
        this.postcode = postcode;
        this.children = new ArrayList<>(children);
    }

    public void askFor(List<String> topics, @Nullable String helpWanted) {
        this.topics = new ArrayList<>(topics);
        this.helpWanted = helpWanted;
    }

    public void contactBy(Set<ContactMethod> methods, @Nullable String times, @Nullable Boolean safeToLeaveMessage) {
        this.contactMethods = methods.stream().map(Enum::name).sorted().toList();
        this.contactTimes = times;
        this.safeToLeaveMessage = safeToLeaveMessage;
    }

    public void consent(boolean toShare, @Nullable String givenBy, @Nullable Instant givenAt) {
        this.consentToShare = toShare;
        this.consentGivenBy = givenBy;
        this.consentGivenAt = givenAt;
    }

    /** A brokerage request: the childcare to find. The days, times and funded hours outlive the purge (demand). */
    public void needsChildcare(int ageMonths, Set<DayOfWeek> days, LocalTime from, LocalTime to, FundedHours funded,
            @Nullable String sendNeeds) {
        this.childcareAgeMonths = ageMonths;
        this.childcareDays = days.stream().sorted().map(Enum::name).toList();
        this.childcareFrom = from;
        this.childcareTo = to;
        this.childcareFundedHours = funded;
        this.childcareSendNeeds = sendNeeds;
    }

    public void referredBy(UUID userId, String name, @Nullable String email, Urgency urgency, LevelOfNeed level) {
        this.referrerUserId = userId;
        this.referrerName = name;
        this.referrerEmail = email;
        this.urgency = urgency;
        this.levelOfNeed = level;
    }

    /** The service the family or professional asked for; it reaches the provider only once it is theirs. */
    public void wants(UUID serviceId, String serviceName) {
        this.serviceId = serviceId;
        this.serviceName = serviceName;
    }

    public void withProvider(UUID serviceId, String serviceName, UUID organisationId) {
        this.serviceId = serviceId;
        this.serviceName = serviceName;
        this.organisationId = organisationId;
        this.team = null;
    }

    /** The language the family used the portal in ("en" or "pl"): what we write to them in. */
    public void writeIn(String language) {
        this.familyLanguage = language;
    }

    public void withTeam(String team) {
        this.team = team;
        this.organisationId = null;
    }

    public void flagSafeguarding(String note) {
        this.safeguarding = true;
        this.safeguardingNote = note;
    }

    public void moveTo(RequestStatus next, Instant at) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("A request cannot go from " + status + " to " + next);
        }
        status = next;
        responded(at);
    }

    /** Any move by the front door or a provider counts as the first response, once. */
    public void responded(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        updatedAt = at;
    }

    public void decline(String reason, Instant at) {
        moveTo(RequestStatus.DECLINED, at);
        declineReason = reason;
    }

    public void allocate(String worker, Instant at) {
        moveTo(RequestStatus.ALLOCATED, at);
        this.worker = worker;
        allocatedAt = at;
    }

    public void close(Outcome outcome, @Nullable String note, Instant at) {
        moveTo(RequestStatus.CLOSED, at);
        this.outcome = outcome;
        this.outcomeNote = note;
        closedAt = at;
    }

    /** Forgets who the family are and what they said; keeps what the report card counts. */
    public void purgePersonalData(Instant at) {
        familyName = null;
        familyEmail = null;
        familyPhone = null;
        postcode = null;
        contactMethods = new ArrayList<>();
        contactTimes = null;
        safeToLeaveMessage = null;
        helpWanted = null;
        consentGivenBy = null;
        worker = null;
        declineReason = null;
        outcomeNote = null;
        safeguardingNote = null;
        children = new ArrayList<>();
        childcareAgeMonths = null;
        childcareSendNeeds = null;
        purgedAt = at;
        updatedAt = at;
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public RequestKind getKind() { return kind; }
    public RequestStatus getStatus() { return status; }
    public String getLocalityCode() { return localityCode; }
    public @Nullable UUID getServiceId() { return serviceId; }
    public @Nullable String getServiceName() { return serviceName; }
    public @Nullable UUID getOrganisationId() { return organisationId; }
    public @Nullable String getTeam() { return team; }
    public boolean isSafeguarding() { return safeguarding; }
    public @Nullable String getSafeguardingNote() { return safeguardingNote; }
    public @Nullable Urgency getUrgency() { return urgency; }
    public @Nullable LevelOfNeed getLevelOfNeed() { return levelOfNeed; }
    public List<String> getTopics() { return List.copyOf(topics); }
    public @Nullable Outcome getOutcome() { return outcome; }
    public @Nullable UUID getReferrerUserId() { return referrerUserId; }
    public @Nullable String getReferrerName() { return referrerName; }
    public @Nullable String getReferrerEmail() { return referrerEmail; }
    public @Nullable String getFamilyName() { return familyName; }
    public @Nullable String getFamilyEmail() { return familyEmail; }
    /** "pl" when the family asked in Polish; English otherwise (and for requests made before it was kept). */
    public String getFamilyLanguage() { return familyLanguage == null ? "en" : familyLanguage; }
    public @Nullable String getFamilyPhone() { return familyPhone; }
    public @Nullable String getPostcode() { return postcode; }
    public Set<ContactMethod> getContactMethods() {
        Set<ContactMethod> methods = EnumSet.noneOf(ContactMethod.class);
        contactMethods.forEach(code -> methods.add(ContactMethod.valueOf(code)));
        return methods;
    }
    public @Nullable String getContactTimes() { return contactTimes; }
    public @Nullable Boolean getSafeToLeaveMessage() { return safeToLeaveMessage; }
    public @Nullable String getHelpWanted() { return helpWanted; }
    public @Nullable Boolean getConsentToShare() { return consentToShare; }
    public @Nullable String getConsentGivenBy() { return consentGivenBy; }
    public @Nullable Instant getConsentGivenAt() { return consentGivenAt; }
    public @Nullable String getWorker() { return worker; }
    public @Nullable String getDeclineReason() { return declineReason; }
    public @Nullable String getOutcomeNote() { return outcomeNote; }
    public List<ChildEntry> getChildren() { return List.copyOf(children); }
    public Instant getCreatedAt() { return createdAt; }

    /** The childcare a brokerage request asks for; empty for other requests. */
    public java.util.Optional<ChildcareNeed> childcareNeed() {
        if (childcareFundedHours == null || childcareFrom == null || childcareTo == null) {
            return java.util.Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        childcareDays.forEach(code -> days.add(DayOfWeek.valueOf(code)));
        return java.util.Optional.of(new ChildcareNeed(childcareAgeMonths, days, childcareFrom, childcareTo,
                childcareFundedHours, childcareSendNeeds));
    }
    public @Nullable Instant getFirstResponseAt() { return firstResponseAt; }
    public @Nullable Instant getAllocatedAt() { return allocatedAt; }
    public @Nullable Instant getClosedAt() { return closedAt; }
    public @Nullable Instant getPurgedAt() { return purgedAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** The set of topic codes, in the order ticked. */
    public Set<String> topicSet() {
        return new LinkedHashSet<>(topics);
    }
}
