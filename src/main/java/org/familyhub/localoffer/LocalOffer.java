package org.familyhub.localoffer;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.ServiceOwner;
import org.familyhub.directory.ServiceOwners;
import org.familyhub.localoffer.domain.LocalOfferAnswers;
import org.familyhub.localoffer.domain.LocalOfferAnswersRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Local Offer questions of each service: read by anyone for published services, answered in the
 * workspace by the service's provider (or an editor). Who may answer is checked here, on every call.
 */
@Service
public class LocalOffer {

    private static final Logger LOG = LoggerFactory.getLogger(LocalOffer.class);
    /** Only published services appear in the Local Offer (as in the directory's other lists). */
    static final String PUBLISHED = "active";

    private final LocalOfferAnswersRepository answers;
    private final ServiceOwners owners;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final DirectoryChanges changes;
    private final Clock clock;
    private final LocalOfferListing listing;

    LocalOffer(LocalOfferAnswersRepository answers, ServiceOwners owners, CurrentUser currentUser, JdbcClient jdbc,
            DirectoryChanges changes, Clock clock, LocalOfferListing listing) {
        this.listing = listing;
        this.changes = changes;
        this.answers = answers;
        this.owners = owners;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A published service's answers, for its page; empty when it has none or is not published. */
    @Transactional(readOnly = true)
    public Optional<ServiceAnswers> published(UUID serviceId) {
        return owners.of(serviceId).filter(owner -> PUBLISHED.equals(owner.status()))
                .flatMap(owner -> answers.findById(serviceId).map(a -> view(a, owner.serviceName())));
    }

    /** The answers of the published services among {@code serviceIds} (a page's worth), by service. */
    @Transactional(readOnly = true)
    public Map<UUID, ServiceAnswers> published(List<UUID> serviceIds) {
        Map<UUID, ServiceAnswers> found = new LinkedHashMap<>();
        answers.findAllById(serviceIds).forEach(a -> owners.of(a.getServiceId())
                .filter(owner -> PUBLISHED.equals(owner.status()))
                .ifPresent(owner -> found.put(a.getServiceId(), view(a, owner.serviceName()))));
        return found;
    }

    /**
     * One page of the published services in an area, by name. Counted and paged on one index of the area rows,
     * which carry each service's name and state ({@link LocalOfferListing}), so the cost is one page's rows and a
     * count over the area's index entries, never every service of the area joined and sorted; a very deep page
     * walks further along the index than the first. The answers are read for the page's services only.
     */
    @Transactional(readOnly = true)
    public AreaPage inArea(LocalOfferArea area, int page, int size) {
        long total = jdbc.sql("select count(*) from local_offer_area where area = ? and listed")
                .param(area.name()).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(1, page), pages);
        List<AreaPage.Entry> rows = jdbc.sql("""
                select p.service_id, p.service_name, l.who_for
                  from (select service_id, service_name from local_offer_area
                         where area = ? and listed
                         order by service_name, service_id limit ? offset ?) p
                  join local_offer_answer l on l.service_id = p.service_id
                 order by p.service_name, p.service_id
                """).param(area.name()).param(size).param((shown - 1) * size)
                .query((rs, n) -> new AreaPage.Entry(UUID.fromString(rs.getString("service_id")),
                        rs.getString("service_name"), rs.getString("who_for"))).list();
        return new AreaPage(area, rows, shown, size, total);
    }

    /** How many published services have answered, per area: for the Local Offer's home (index entries only). */
    @Transactional(readOnly = true)
    public Map<LocalOfferArea, Long> countsByArea() {
        Map<LocalOfferArea, Long> counts = new EnumMap<>(LocalOfferArea.class);
        for (LocalOfferArea area : LocalOfferArea.values()) {
            counts.put(area, jdbc.sql("select count(*) from local_offer_area where area = ? and listed")
                    .param(area.name()).query(Long.class).single());
        }
        return counts;
    }

    /**
     * The service and its answers so far, for its provider (their organisation's services only) or an editor.
     *
     * @throws java.util.NoSuchElementException when there is no such service
     * @throws AccessDeniedException            when it is not the user's to answer for
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
    public Editing forEditing(UUID serviceId) {
        ServiceOwner owner = mayAnswer(serviceId);
        return new Editing(owner.serviceId(), owner.serviceName(),
                answers.findById(serviceId).map(a -> view(a, owner.serviceName())).orElse(null));
    }

    /**
     * Checks and saves a service's answers; they are on its page at once. Every question is plain text up to
     * {@value LocalOfferQuestion#MAX} characters; who it is for, how it supports children and young people
     * with SEND and how to get started are required, and at least one area.
     *
     * @throws InvalidLocalOfferException when anything is wrong; nothing is stored
     */
    @Transactional
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
    public ServiceAnswers save(UUID serviceId, AnswersForm form) {
        ServiceOwner owner = mayAnswer(serviceId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.areas().isEmpty()) {
            errors.put("areas", "localoffer.error.areas");
        }
        Map<LocalOfferQuestion, @Nullable String> checked = new EnumMap<>(LocalOfferQuestion.class);
        for (LocalOfferQuestion question : LocalOfferQuestion.values()) {
            checked.put(question, PlainAnswer.check(question.code(), form.answers().get(question),
                    LocalOfferQuestion.MAX, question.required(), errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidLocalOfferException(errors);
        }
        PortalUser user = currentUser.require();
        LocalOfferAnswers stored = answers.findById(serviceId).orElseGet(() -> new LocalOfferAnswers(serviceId));
        stored.answer(form.areas(), checked, user.username(), clock.instant());
        answers.saveAndFlush(stored);
        listing.relist(List.of(serviceId));
        // Published with the service in the Open Referral UK API: its last_modified moves with them.
        changes.publishedWithServiceChanged(serviceId);
        LOG.info("event=local-offer-answered service={} by={}", serviceId, user.username());
        return view(stored, owner.serviceName());
    }

    private ServiceOwner mayAnswer(UUID serviceId) {
        PortalUser user = currentUser.require();
        ServiceOwner owner = owners.of(serviceId).orElseThrow();
        boolean editor = user.has(Role.EDITOR) || user.has(Role.ADMIN);
        boolean provider = user.has(Role.PROVIDER) && owner.organisationId().equals(user.organisationId());
        if (!editor && !provider) {
            throw new AccessDeniedException("Only the service's provider or an editor may answer for it");
        }
        return owner;
    }

    private static ServiceAnswers view(LocalOfferAnswers a, String name) {
        return new ServiceAnswers(a.getServiceId(), name, a.getAreas(), a.answers(), a.getUpdatedAt());
    }

    /** A service being answered for, and its answers so far (null before the first save). */
    public record Editing(UUID serviceId, String serviceName, @Nullable ServiceAnswers answers) {
    }

}
