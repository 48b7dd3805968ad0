package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Roles;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.directory.ServiceOwner;
import org.familyhub.directory.ServiceOwners;
import org.familyhub.frontdoor.SubmissionRefusedException.Reason;
import org.familyhub.frontdoor.domain.ChildEntry;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ways into the front door: a family asking for help, a professional referring a family, and the
 * professional's list of their referrals. Every request is checked in full, then stored with its
 * e-mails in one transaction, before anyone is told it was sent.
 */
@Service
public class FrontDoor {

    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    /** The team that holds brokerage requests: the council's Family Information Service (the editors). */
    public static final String FAMILY_INFORMATION_SERVICE = "Family Information Service";

    private final HelpRequestRepository requests;
    private final ReferenceNumbers references;
    private final AreaLookup area;
    private final Directory directory;
    private final ServiceOwners owners;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final SubmissionLimiter limiter;
    private final CurrentUser currentUser;
    private final FrontDoorProperties properties;
    private final Clock clock;

    FrontDoor(HelpRequestRepository requests, ReferenceNumbers references, AreaLookup area, Directory directory,
            ServiceOwners owners, Notifications notifications, AuditTrail audit, SubmissionLimiter limiter,
            CurrentUser currentUser, FrontDoorProperties properties, Clock clock) {
        this.requests = requests;
        this.references = references;
        this.area = area;
        this.directory = directory;
        this.owners = owners;
        this.notifications = notifications;
        this.audit = audit;
        this.limiter = limiter;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** The topics a family can tick: the directory's top-level categories. */
    public List<CategorySummary> topics() {
        return directory.categories();
    }

    /** The service a form was started from, when it exists. */
    public Optional<ServiceOwner> service(UUID id) {
        return owners.of(id);
    }

    /**
     * Checks a family's request field by field without storing it, so a form can say what to fix on
     * the step the family is on.
     */
    public java.util.Map<String, String> check(SelfReferral form) {
        RequestRules rules = new RequestRules();
        validate(form, rules);
        return rules.errors();
    }

    /**
     * Stores a family's request for help and queues their confirmation e-mail.
     *
     * @param client the remote address, for the rate limit
     * @throws InvalidRequestException     when a field is wrong; nothing is stored
     * @throws SubmissionRefusedException  when a robot filled the hidden field or the client sent too many
     */
    @Transactional
    public Submitted submit(SelfReferral form, String client) {
        return submit(form, client, Locale.ENGLISH);
    }

    /** As {@link #submit(SelfReferral, String)}, for a family using the portal in the given language. */
    @Transactional
    public Submitted submit(SelfReferral form, String client, Locale language) {
        if (form.website() != null && !form.website().isBlank()) {
            LOG.warn("Self-referral refused: the hidden field was filled in");
            throw new SubmissionRefusedException(Reason.ROBOT);
        }
        RequestRules rules = new RequestRules();
        ValidSelfReferral valid = validate(form, rules);
        rules.throwIfAny();
        if (!limiter.tryTake(client)) {
            LOG.warn("Self-referral refused: rate limit reached");
            throw new SubmissionRefusedException(Reason.TOO_MANY);
        }
        Instant now = clock.instant();
        HelpRequest request = new HelpRequest(UUID.randomUUID(), references.next(), RequestKind.SELF_REFERRAL,
                valid.location().localityCode(), now);
        request.describeFamily(valid.name(), valid.email(), valid.phone(),
                RequestRules.normalisedPostcode(form.postcode()), children(form.children()));
        request.writeIn(language(language));
        request.askFor(form.topics().stream().sorted().toList(), valid.helpWanted());
        request.contactBy(form.contactMethods(), valid.contactTimes(), form.safeToLeaveMessage());
        request.consent(Boolean.TRUE.equals(form.consentToShare()), valid.name(), now);
        valid.service().ifPresent(service -> request.wants(service.serviceId(), service.serviceName()));
        requests.save(request);
        audit.record(request, "SUBMITTED", null);
        LocalDate respondBy = respondBy(now);
        notifications.received(request, respondBy);
        LOG.info("Self-referral {} received for locality {}", request.getReference(), request.getLocalityCode());
        return new Submitted(request.getReference(), respondBy);
    }

    /**
     * Stores a professional's referral of a family to a service and tells the provider.
     *
     * @throws InvalidRequestException when a field is wrong; nothing is stored
     */
    @Transactional
    @RolesAllowed(Roles.PROFESSIONAL)
    public Submitted refer(ProfessionalReferral form) {
        PortalUser professional = currentUser.require();
        RequestRules rules = new RequestRules();
        rules.require("consent", form.familyConsented(), "frontdoor.error.consent");
        Optional<ServiceOwner> service = knownService(form.serviceId(), rules);
        if (form.serviceId() == null) {
            rules.errors().put("service", "frontdoor.error.required");
        }
        String familyName = rules.required("familyName", form.familyName(), RequestRules.NAME);
        rules.children(form.children());
        Optional<PostcodeLocation> location = rules.postcode("postcode", form.postcode(), area);
        String email = rules.email("email", form.email(), false);
        String phone = rules.phone("phone", form.phone(), false, false);
        rules.require("phone", email != null || phone != null, "frontdoor.error.contactNeeded");
        String reason = rules.required("reason", form.reason(), RequestRules.WORDS);
        rules.require("urgency", form.urgency() != null, "frontdoor.error.choose");
        rules.require("levelOfNeed", form.levelOfNeed() != null, "frontdoor.error.choose");
        String consentBy = rules.required("consentGivenBy", form.consentGivenBy(), RequestRules.NAME);
        rules.notAfter("consentGivenOn", form.consentGivenOn(), LocalDate.now(clock));
        rules.throwIfAny();

        Instant now = clock.instant();
        ServiceOwner owner = service.orElseThrow();
        HelpRequest request = new HelpRequest(UUID.randomUUID(), references.next(),
                RequestKind.PROFESSIONAL_REFERRAL, location.orElseThrow().localityCode(), now);
        request.describeFamily(familyName, email, phone, RequestRules.normalisedPostcode(form.postcode()),
                children(form.children()));
        request.askFor(List.of(), reason);
        request.contactBy(email != null ? Set.of(ContactMethod.PHONE, ContactMethod.EMAIL) : Set.of(ContactMethod.PHONE),
                null, null);
        request.consent(true, consentBy, form.consentGivenOn().atStartOfDay(clock.getZone()).toInstant());
        request.referredBy(professional.id(), professional.displayName(), professional.email(), form.urgency(),
                form.levelOfNeed());
        request.withProvider(owner.serviceId(), owner.serviceName(), owner.organisationId());
        if (form.safeguardingConcern()) {
            request.flagSafeguarding("Raised by the referrer, " + professional.displayName());
        }
        requests.save(request);
        audit.record(request, "REFERRED", owner.serviceName());
        notifications.newForProvider(request, owner);
        LOG.info("Referral {} sent to service {}", request.getReference(), owner.serviceId());
        return new Submitted(request.getReference(), respondBy(now));
    }

    /**
     * Stores a family's request that the Family Information Service find childcare for them (brokerage),
     * with the team as its first holder, and queues their confirmation e-mail. The front door's statuses,
     * timers, audit, safeguarding hold and retention apply to it as to any request.
     *
     * @param client the remote address, for the rate limit
     * @throws InvalidRequestException     when a field is wrong; nothing is stored
     * @throws SubmissionRefusedException  when a robot filled the hidden field or the client sent too many
     */
    @Transactional
    public Submitted askForChildcare(ChildcareRequest form, String client) {
        return askForChildcare(form, client, Locale.ENGLISH);
    }

    /** As {@link #askForChildcare(ChildcareRequest, String)}, for a family using the portal in the given language. */
    @Transactional
    public Submitted askForChildcare(ChildcareRequest form, String client, Locale language) {
        if (form.website() != null && !form.website().isBlank()) {
            LOG.warn("Childcare brokerage request refused: the hidden field was filled in");
            throw new SubmissionRefusedException(Reason.ROBOT);
        }
        RequestRules rules = new RequestRules();
        String name = rules.required("name", form.name(), RequestRules.NAME);
        Integer ageMonths = rules.childAgeInMonths("childYears", form.childYears(), "childMonths", form.childMonths());
        rules.require("days", !form.days().isEmpty(), "frontdoor.error.days");
        rules.timesOfDay("from", form.from(), "to", form.to());
        rules.require("fundedHours", form.fundedHours() != null, "frontdoor.error.choose");
        String sendNeeds = rules.optional("sendNeeds", form.sendNeeds(), RequestRules.NEEDS);
        String anythingElse = rules.optional("anythingElse", form.anythingElse(), RequestRules.WORDS);
        Optional<PostcodeLocation> location = rules.postcode("postcode", form.postcode(), area);
        RequestRules.Contact contact = rules.contact(form.contactMethods(), form.email(), form.phone(),
                form.contactTimes(), form.safeToLeaveMessage(), form.consentToShare());
        rules.throwIfAny();
        if (!limiter.tryTake(client)) {
            LOG.warn("Childcare brokerage request refused: rate limit reached");
            throw new SubmissionRefusedException(Reason.TOO_MANY);
        }
        Instant now = clock.instant();
        HelpRequest request = new HelpRequest(UUID.randomUUID(), references.next(), RequestKind.CHILDCARE_BROKERAGE,
                location.orElseThrow().localityCode(), now);
        request.describeFamily(name, contact.email(), contact.phone(), RequestRules.normalisedPostcode(form.postcode()),
                List.of(new ChildEntry(ageMonths / 12, sendNeeds)));
        request.writeIn(language(language));
        request.askFor(List.of(), anythingElse);
        request.contactBy(form.contactMethods(), contact.times(), form.safeToLeaveMessage());
        request.consent(Boolean.TRUE.equals(form.consentToShare()), name, now);
        request.needsChildcare(ageMonths, form.days(), form.from(), form.to(), form.fundedHours(), sendNeeds);
        request.withTeam(FAMILY_INFORMATION_SERVICE);
        requests.save(request);
        audit.record(request, "SUBMITTED", FAMILY_INFORMATION_SERVICE);
        LocalDate respondBy = respondBy(now);
        notifications.received(request, respondBy);
        LOG.info("Childcare brokerage request {} received for locality {}", request.getReference(),
                request.getLocalityCode());
        return new Submitted(request.getReference(), respondBy);
    }

    /** The signed-in professional's own referrals, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PROFESSIONAL)
    public List<ReferralStatus> myReferrals() {
        PortalUser professional = currentUser.require();
        return requests.findByReferrerUserIdOrderByCreatedAtDesc(professional.id()).stream()
                .map(FrontDoor::referralStatus).toList();
    }

    /** A page of the signed-in professional's own referrals, newest first: their home shows the latest few. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PROFESSIONAL)
    public List<ReferralStatus> myReferrals(int page, int size) {
        PortalUser professional = currentUser.require();
        return requests.findByReferrerUserIdOrderByCreatedAtDesc(professional.id(),
                        PageRequest.of(Math.max(0, page), size)).stream()
                .map(FrontDoor::referralStatus).toList();
    }

    private static ReferralStatus referralStatus(HelpRequest r) {
        return new ReferralStatus(r.getId(), r.getReference(), r.getFamilyName(), r.getServiceName(), r.getStatus(),
                r.getCreatedAt(), r.getFirstResponseAt(), r.getAllocatedAt(), r.getClosedAt(), r.getDeclineReason(),
                r.getOutcome(), r.getUpdatedAt());
    }

    /** The promise on the confirmation page: a number of working days, weekends skipped. */
    LocalDate respondBy(Instant from) {
        return WorkingDays.after(from.atZone(zone()).toLocalDate(), properties.responseWorkingDays());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private ValidSelfReferral validate(SelfReferral form, RequestRules rules) {
        String name = rules.required("name", form.name(), RequestRules.NAME);
        rules.children(form.children());
        Set<String> known = directory.categories().stream().map(CategorySummary::code).collect(Collectors.toSet());
        rules.topics(form.topics(), known);
        String helpWanted = rules.required("helpWanted", form.helpWanted(), RequestRules.WORDS);
        Optional<PostcodeLocation> location = rules.postcode("postcode", form.postcode(), area);
        RequestRules.Contact contact = rules.contact(form.contactMethods(), form.email(), form.phone(),
                form.contactTimes(), form.safeToLeaveMessage(), form.consentToShare());
        Optional<ServiceOwner> service = knownService(form.serviceId(), rules);
        return new ValidSelfReferral(name, helpWanted, location.orElse(null), contact.email(), contact.phone(),
                contact.times(), service);
    }

    private Optional<ServiceOwner> knownService(@Nullable UUID id, RequestRules rules) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<ServiceOwner> service = owners.of(id);
        rules.require("service", service.isPresent(), "frontdoor.error.service");
        return service;
    }

    private static List<ChildEntry> children(List<Child> children) {
        return children.stream().map(c -> new ChildEntry(c.age(), c.additionalNeeds() == null
                || c.additionalNeeds().isBlank() ? null : c.additionalNeeds().strip())).toList();
    }

    /** The checked and trimmed fields of a family's form. */
    private record ValidSelfReferral(@Nullable String name, @Nullable String helpWanted,
            @Nullable PostcodeLocation location, @Nullable String email, @Nullable String phone,
            @Nullable String contactTimes, Optional<ServiceOwner> service) {
    }

    /** The two languages the portal writes in; anything else is English. */
    private static String language(Locale language) {
        return "pl".equals(language.getLanguage()) ? "pl" : "en";
    }
}
