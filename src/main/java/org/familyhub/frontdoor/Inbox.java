package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.ServiceOwner;
import org.familyhub.directory.ServiceOwners;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.frontdoor.domain.InboxQueries;
import org.familyhub.frontdoor.domain.RequestAuditRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's and providers' inbox: requests in their scope, safeguarding concerns first, and the
 * moves that take each to an outcome. Scope is checked here, for every call, not only on screen; every
 * opening and every move is audited and timestamped.
 */
@Service
@RolesAllowed({Roles.FRONT_DOOR, Roles.PROVIDER, Roles.EDITOR})
public class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final HelpRequestRepository requests;
    private final RequestAuditRepository auditEntries;
    private final AuditTrail audit;
    private final ServiceOwners owners;
    private final Directory directory;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InboxQueries queries;
    private final Deadlines deadlines;

    Inbox(HelpRequestRepository requests, RequestAuditRepository auditEntries, AuditTrail audit,
            ServiceOwners owners, Directory directory, Notifications notifications, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, InboxQueries queries, Deadlines deadlines) {
        this.requests = requests;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.owners = owners;
        this.directory = directory;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.queries = queries;
        this.deadlines = deadlines;
    }

    /**
     * One page of the signed-in user's requests, filtered and sorted in the database: safeguarding concerns
     * first, then in the order asked for; with how many match in all and per status.
     */
    @Transactional(readOnly = true)
    public InboxPage page(InboxFilter filter) {
        InboxQueries.Scope scope = scope(currentUser.require());
        InboxQueries.Filter where = where(filter);
        long total = queries.count(scope, where);
        int pages = (int) Math.max(1, (total + InboxFilter.PAGE_SIZE - 1) / InboxFilter.PAGE_SIZE);
        int page = Math.min(Math.max(1, filter.page()), pages);
        Map<String, String> names = localityNames();
        List<RequestSummary> rows = queries.page(scope, where, order(filter.sort()),
                        deadlines.dueDays(Due.Target.FIRST_RESPONSE), deadlines.dueDays(Due.Target.ALLOCATION),
                        (page - 1) * InboxFilter.PAGE_SIZE, InboxFilter.PAGE_SIZE)
                .stream().map(row -> summary(row, names)).toList();
        return new InboxPage(rows, total, page, InboxFilter.PAGE_SIZE, queries.countByStatus(scope, where));
    }

    /** The services the user's requests were asked about or passed to, whose names contain the text. */
    @Transactional(readOnly = true)
    public List<ServiceChoice> services(String nameContains, int offset, int limit) {
        return queries.services(scope(currentUser.require()), nameContains.strip(), offset, limit).stream()
                .map(row -> new ServiceChoice(row.id(), row.name())).toList();
    }

    /** One of {@link #services}, by id: for a filter read from a bookmarked address. */
    @Transactional(readOnly = true)
    public Optional<ServiceChoice> service(UUID id) {
        InboxQueries.Filter only = new InboxQueries.Filter(null, null, null, id, null, false, clock.instant(),
                clock.instant());
        InboxQueries.Scope scope = scope(currentUser.require());
        return queries.page(scope, only, InboxQueries.Order.OLDEST, deadlines.dueDays(Due.Target.FIRST_RESPONSE),
                        deadlines.dueDays(Due.Target.ALLOCATION), 0, 1).stream()
                .filter(row -> row.serviceId() != null && row.serviceName() != null).findFirst()
                .map(row -> new ServiceChoice(row.serviceId(), row.serviceName()));
    }

    /** The localities the inbox can be narrowed to: the front door's own, or every one for the others. */
    @Transactional(readOnly = true)
    public List<LocalitySummary> localities() {
        PortalUser user = currentUser.require();
        List<LocalitySummary> all = directory.localities();
        boolean onlyOwn = user.has(Role.FRONT_DOOR) && !user.has(Role.PROVIDER) && !user.has(Role.EDITOR);
        return onlyOwn ? all.stream().filter(l -> user.covers(l.code())).toList() : all;
    }

    /**
     * Every one of the signed-in user's requests: safeguarding concerns first, then oldest first. Screens show
     * {@link #page}; this whole list is for finding one request in tests and small scripts.
     */
    @Transactional(readOnly = true)
    public List<RequestSummary> list() {
        PortalUser user = currentUser.require();
        Map<UUID, HelpRequest> visible = new LinkedHashMap<>();
        if (user.has(Role.FRONT_DOOR) && !user.localityCodes().isEmpty()) {
            requests.findInLocalities(user.localityCodes()).forEach(r -> visible.put(r.getId(), r));
        }
        if (user.has(Role.PROVIDER) && user.organisationId() != null) {
            requests.findForOrganisation(user.organisationId()).forEach(r -> visible.put(r.getId(), r));
        }
        if (user.has(Role.EDITOR)) {
            // The Family Information Service's inbox: every request to find childcare.
            requests.findByKind(RequestKind.CHILDCARE_BROKERAGE).forEach(r -> visible.put(r.getId(), r));
        }
        return visible.values().stream()
                .sorted(Comparator.comparing(HelpRequest::isSafeguarding).reversed()
                        .thenComparing(HelpRequest::getCreatedAt))
                .map(this::summary).toList();
    }

    /** One request in full. Every opening is written to its history. */
    @Transactional
    public RequestDetails open(UUID id) {
        PortalUser user = currentUser.require();
        HelpRequest request = find(id);
        RequestAccess.requireSee(user, request);
        audit.record(request, "VIEWED", null);
        return details(request);
    }

    /** Marks a safeguarding concern: the request goes to the top of every inbox that has it. */
    @Transactional
    public RequestDetails flagSafeguarding(UUID id, @Nullable String note) {
        PortalUser user = currentUser.require();
        HelpRequest request = find(id);
        RequestAccess.requireSee(user, request);
        String text = RequestRules.requiredAlone("note", note, RequestRules.NOTE);
        request.flagSafeguarding(text);
        request.responded(clock.instant());
        audit.record(request, "SAFEGUARDING", null);
        LOG.warn("Safeguarding concern flagged on request {}", request.getReference());
        return details(request);
    }

    /** The front door passes the request to a service: its provider sees it from now on, and is told. */
    @Transactional
    public RequestDetails assignToService(UUID id, @Nullable UUID serviceId) {
        PortalUser user = currentUser.require();
        HelpRequest request = find(id);
        RequestAccess.requireFrontDoor(user, request);
        if (serviceId == null) {
            throw new InvalidRequestException(Map.of("service", "frontdoor.error.required"));
        }
        ServiceOwner owner = owners.of(serviceId).orElseThrow(() -> new InvalidRequestException(
                Map.of("service", "frontdoor.error.service")));
        request.moveTo(RequestStatus.ASSIGNED, clock.instant());
        request.withProvider(owner.serviceId(), owner.serviceName(), owner.organisationId());
        audit.record(request, "ASSIGNED", owner.serviceName());
        notifications.newForProvider(request, owner);
        notifications.statusChanged(request);
        return details(request);
    }

    /** The front door passes the request to one of its own teams (early help, a family hub). */
    @Transactional
    public RequestDetails assignToTeam(UUID id, @Nullable String team) {
        PortalUser user = currentUser.require();
        HelpRequest request = find(id);
        RequestAccess.requireFrontDoor(user, request);
        String name = RequestRules.requiredAlone("team", team, RequestRules.NAME);
        request.moveTo(RequestStatus.ASSIGNED, clock.instant());
        request.withTeam(name);
        audit.record(request, "ASSIGNED", name);
        notifications.statusChanged(request);
        return details(request);
    }

    @Transactional
    public RequestDetails accept(UUID id) {
        HelpRequest request = handled(id);
        request.moveTo(RequestStatus.ACCEPTED, clock.instant());
        return changed(request, "ACCEPTED", null);
    }

    /** Declines with a reason the referrer is shown. */
    @Transactional
    public RequestDetails decline(UUID id, @Nullable String reason) {
        HelpRequest request = handled(id);
        String text = RequestRules.requiredAlone("reason", reason, RequestRules.NOTE);
        request.decline(text, clock.instant());
        return changed(request, "DECLINED", text);
    }

    @Transactional
    public RequestDetails allocate(UUID id, @Nullable String worker) {
        HelpRequest request = handled(id);
        String name = RequestRules.requiredAlone("worker", worker, RequestRules.NAME);
        request.allocate(name, clock.instant());
        return changed(request, "ALLOCATED", name);
    }

    /** Closes with an outcome; the outcome survey hears of it through {@link RequestClosed}. */
    @Transactional
    public RequestDetails close(UUID id, @Nullable Outcome outcome, @Nullable String note) {
        HelpRequest request = handled(id);
        RequestRules rules = new RequestRules();
        rules.require("outcome", outcome != null, "frontdoor.error.choose");
        String text = rules.optional("outcomeNote", note, RequestRules.NOTE);
        rules.throwIfAny();
        request.close(outcome, text, clock.instant());
        RequestDetails details = changed(request, "CLOSED", outcome.name());
        events.publishEvent(new RequestClosed(request.getId(), request.getReference(),
                request.getOrganisationId() != null ? request.getServiceId() : null,
                request.getLocalityCode(), outcome.name(), request.getClosedAt()));
        return details;
    }

    /** The services the front door can pass a request to: those open to families in its locality. */
    @Transactional(readOnly = true)
    public List<ServiceCard> servicesFor(UUID id) {
        PortalUser user = currentUser.require();
        HelpRequest request = find(id);
        RequestAccess.requireFrontDoor(user, request);
        return directory.servicesInLocality(request.getLocalityCode());
    }

    private HelpRequest handled(UUID id) {
        PortalUser user = currentUser.require();
        HelpRequest request = find(id);
        RequestAccess.requireSee(user, request);
        return request;
    }

    private RequestDetails changed(HelpRequest request, String action, @Nullable String detail) {
        audit.record(request, action, detail);
        notifications.statusChanged(request);
        LOG.info("Request {} is now {}", request.getReference(), request.getStatus());
        return details(request);
    }

    private HelpRequest find(UUID id) {
        // The same answer for "no such request" and "not yours", so ids cannot be probed.
        return requests.findById(id).orElseThrow(() -> new AccessDeniedException("This request is not in your inbox"));
    }

    private RequestSummary summary(HelpRequest r) {
        return new RequestSummary(r.getId(), r.getReference(), r.getKind(), r.getStatus(), r.getLocalityCode(),
                r.getServiceId(), r.getServiceName(), r.getTeam(), r.isSafeguarding(), r.getUrgency(),
                r.getCreatedAt(), directory.locality(r.getLocalityCode()).map(LocalitySummary::name)
                        .orElse(r.getLocalityCode()),
                r.getFamilyName(), r.getOutcome(),
                deadlines.of(r.getStatus(), r.getCreatedAt(), r.getFirstResponseAt(), r.getAllocatedAt()).orElse(null),
                deadlines.daysSince(r.getCreatedAt()));
    }

    private RequestSummary summary(InboxQueries.Row r, Map<String, String> localityNames) {
        return new RequestSummary(r.id(), r.reference(), r.kind(), r.status(), r.localityCode(), r.serviceId(),
                r.serviceName(), r.team(), r.safeguarding(), r.urgency(), r.createdAt(),
                localityNames.getOrDefault(r.localityCode(), r.localityCode()), r.familyName(), r.outcome(),
                deadlines.of(r.status(), r.createdAt(), r.firstResponseAt(), r.allocatedAt()).orElse(null),
                deadlines.daysSince(r.createdAt()));
    }

    private Map<String, String> localityNames() {
        Map<String, String> names = new HashMap<>();
        directory.localities().forEach(l -> names.put(l.code(), l.name()));
        return names;
    }

    /** Whose requests the user sees: the same rule as {@link RequestAccess}, as a query. */
    private static InboxQueries.Scope scope(PortalUser user) {
        return new InboxQueries.Scope(user.has(Role.FRONT_DOOR) ? user.localityCodes() : Set.of(),
                user.has(Role.PROVIDER) ? user.organisationId() : null, user.has(Role.EDITOR));
    }

    private InboxQueries.Filter where(InboxFilter filter) {
        return new InboxQueries.Filter(filter.status(), filter.urgency(), filter.locality(), filter.service(),
                InboxFilter.normalisedReference(filter.reference()), filter.overdue(),
                deadlines.cutoff(Due.Target.FIRST_RESPONSE), deadlines.cutoff(Due.Target.ALLOCATION));
    }

    private static InboxQueries.Order order(InboxSort sort) {
        return switch (sort) {
            case OLDEST -> InboxQueries.Order.OLDEST;
            case DUE -> InboxQueries.Order.DUE;
            case URGENCY -> InboxQueries.Order.URGENCY;
        };
    }

    /** The topics ticked, in words: the directory's category names. */
    private Set<String> topicNames(HelpRequest r) {
        Set<String> names = new LinkedHashSet<>();
        r.topicSet().forEach(code -> names.add(directory.category(code).map(CategorySummary::name).orElse(code)));
        return names;
    }

    private RequestDetails details(HelpRequest r) {
        List<RequestDetails.AuditEntry> history = new ArrayList<>();
        auditEntries.findByRequestIdOrderByAtAsc(r.getId()).forEach(a -> history.add(
                new RequestDetails.AuditEntry(a.getAt(), a.getActor(), a.getAction(), a.getDetail())));
        return new RequestDetails(summary(r), r.getFamilyName(),
                r.getChildren().stream().map(c -> new Child(c.getAge(), c.getAdditionalNeeds())).toList(),
                topicNames(r), r.getHelpWanted(), r.getPostcode(), r.getContactMethods(), r.getFamilyEmail(),
                r.getFamilyPhone(), r.getContactTimes(), r.getSafeToLeaveMessage(), r.getConsentToShare(),
                r.getConsentGivenBy(),
                r.getConsentGivenAt() == null ? null : r.getConsentGivenAt().atZone(clock.getZone()).toLocalDate(),
                r.getReferrerName(), r.getLevelOfNeed(), r.getSafeguardingNote(), r.getWorker(),
                r.getDeclineReason(), r.getOutcome(), r.getOutcomeNote(), r.getFirstResponseAt(),
                r.getAllocatedAt(), r.getClosedAt(), between(r.getCreatedAt(), r.getFirstResponseAt()),
                between(r.getCreatedAt(), r.getAllocatedAt()), r.getPurgedAt() != null, history,
                r.childcareNeed().orElse(null));
    }

    private static @Nullable Duration between(Instant from, @Nullable Instant to) {
        return to == null ? null : Duration.between(from, to);
    }
}
