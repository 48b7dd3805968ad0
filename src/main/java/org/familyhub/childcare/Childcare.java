package org.familyhub.childcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.childcare.domain.ChildcareRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public pages read about childcare: a listing's facts, and whether each vacancy is still believed. */
@Service
@Transactional(readOnly = true)
public class Childcare {

    private final ChildcareRepository providers;
    private final Clock clock;

    Childcare(ChildcareRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    public Optional<ChildcareFacts> facts(UUID serviceId) {
        return providers.find(serviceId);
    }

    /** The facts of a page of listings (never more than a page's ids). */
    public List<ChildcareFacts> facts(Collection<UUID> serviceIds) {
        return providers.findAll(serviceIds);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether a parent may be told this vacancy's number today, or only "unknown". */
    public boolean known(Vacancy vacancy) {
        return vacancy.known(today(), clock.getZone());
    }
}
