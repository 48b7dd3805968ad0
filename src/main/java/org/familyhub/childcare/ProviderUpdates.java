package org.familyhub.childcare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.childcare.ChildcareFacts.Fees;
import org.familyhub.childcare.domain.ChildcareRepository;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.Listings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's own update of vacancies and fees: no editor's review (they are facts that change weekly and are
 * dated, not the listing's words), checked here and applied at once. Every vacancy saved is dated now, as the
 * provider confirms all of them by saving; search follows through the directory's outbox within seconds.
 * A provider changes only their own organisation's listings; editors and administrators any.
 */
@Service
@RolesAllowed({Roles.PROVIDER, Roles.EDITOR, Roles.ADMIN})
public class ProviderUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderUpdates.class);
    static final int MAX_PLACES = 99;
    static final BigDecimal MAX_FEE = new BigDecimal("999.99");

    private final ChildcareRepository providers;
    private final Listings listings;
    private final DirectoryChanges changes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcClient jdbc;

    ProviderUpdates(ChildcareRepository providers, Listings listings, DirectoryChanges changes,
            CurrentUser currentUser, Clock clock, JdbcClient jdbc) {
        this.providers = providers;
        this.listings = listings;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Places on one day for one age group, as the form gives them. */
    public record Places(AgeGroup ageGroup, String day, int places) {
    }

    /** A childcare listing the signed-in user may update. */
    public record MyListing(UUID id, String name) {
    }

    /** The most listings {@link #mine()} names: an editor of a large area then narrows by opening one by link. */
    static final int MOST_LISTED = 500;

    /**
     * The childcare listings the signed-in user may update, by name: a provider's own organisation's, or (for an
     * editor or administrator) the first {@value #MOST_LISTED} of the area's. One query over the childcare
     * providers, whatever the size of the directory.
     */
    @Transactional(readOnly = true)
    public List<MyListing> mine() {
        PortalUser user = currentUser.require();
        boolean everyone = user.has(Role.EDITOR) || user.has(Role.ADMIN);
        if (!everyone && user.organisationId() == null) {
            return List.of();
        }
        return jdbc.sql("select s.id, s.name from childcare_provider p join service s on s.id = p.service_id"
                        + (everyone ? "" : " where s.organization_id = :organisation")
                        + " order by s.name, s.id limit :most")
                .param("organisation", everyone ? null : String.valueOf(user.organisationId()))
                .param("most", MOST_LISTED)
                .query((rs, n) -> new MyListing(UUID.fromString(rs.getString(1)), rs.getString(2))).list();
    }

    /** The facts as the form starts from; denied when the listing is another organisation's. */
    @Transactional(readOnly = true)
    public ChildcareFacts current(UUID serviceId) {
        requireMayUpdate(serviceId);
        return providers.find(serviceId).orElseThrow(() -> notChildcare(serviceId));
    }

    /**
     * Replaces the listing's vacancies and fees with these, all dated now. Days with no places need no row.
     *
     * @throws InvalidChildcareException when a number is out of range or a row repeats; nothing is changed
     */
    @Transactional
    public ChildcareFacts update(UUID serviceId, List<Places> vacancies, @Nullable BigDecimal perHour,
            @Nullable BigDecimal perSession, @Nullable BigDecimal perDay) {
        ChildcareFacts facts = current(serviceId);
        check(vacancies);
        Instant now = clock.instant();
        providers.replaceVacancies(serviceId, vacancies.stream().filter(p -> p.places() > 0)
                .map(p -> new Vacancy(p.ageGroup(), p.day(), p.places(), now)).toList());
        providers.saveFees(serviceId, new Fees(fee(perHour, "perHour"), fee(perSession, "perSession"),
                fee(perDay, "perDay"), now));
        changes.publishedWithServiceChanged(serviceId);
        LOG.info("event=childcare-vacancies-updated service={} rows={}", serviceId, vacancies.size());
        return providers.find(serviceId).orElse(facts);
    }

    private static void check(List<Places> vacancies) {
        Set<String> seen = new HashSet<>();
        for (Places p : vacancies) {
            if (p.places() < 0 || p.places() > MAX_PLACES) {
                throw new InvalidChildcareException("places", "childcare.error.places",
                        "Give a number of places from 0 to " + MAX_PLACES + ".");
            }
            if (!Days.ALL.contains(p.day())) {
                throw new InvalidChildcareException("day", "childcare.error.day", "Choose a day of the week.");
            }
            if (!seen.add(p.ageGroup().code() + p.day())) {
                throw new InvalidChildcareException("places", "childcare.error.repeated",
                        "Each age group and day can be given once.");
            }
        }
    }

    private static @Nullable BigDecimal fee(@Nullable BigDecimal fee, String field) {
        if (fee != null && (fee.signum() < 0 || fee.compareTo(MAX_FEE) > 0 || fee.scale() > 2)) {
            throw new InvalidChildcareException(field, "childcare.error.fee",
                    "Give a fee in pounds and pence from £0 to £" + MAX_FEE + ", or leave it empty.");
        }
        return fee;
    }

    private void requireMayUpdate(UUID serviceId) {
        ListingSummary listing = listings.summary(serviceId).orElseThrow(() -> notChildcare(serviceId));
        if (!mayUpdate(currentUser.require(), listing.organisationId())) {
            throw new AccessDeniedException("A provider updates only their own organisation's childcare.");
        }
    }

    static boolean mayUpdate(PortalUser user, UUID organisationId) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN)
                || user.has(Role.PROVIDER) && organisationId.equals(user.organisationId());
    }

    private static InvalidChildcareException notChildcare(UUID serviceId) {
        return new InvalidChildcareException("service", "childcare.error.notChildcare",
                "That listing has no childcare details: " + serviceId);
    }
}
