package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.domain.SchoolTerm;
import org.familyhub.directory.domain.SchoolTermRepository;
import org.familyhub.shared.KeptWhenFound;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The area's term dates: seeded from {@code content/term-dates.json} when the portal first starts, then kept in the
 * database, where administrators correct them (#18). A few rows, read whole and kept in memory, since every result
 * list and service page asks for them. A change takes effect at once on the node that made it (the kept terms are
 * forgotten when it commits) and within seconds on the others ({@link ReferenceDataWatch}); every service with a
 * term-time session is written again through the outbox ({@link ServicesChanged}), so its sessions this week and its
 * weeks of meetings in search follow.
 */
@Service
@Transactional(readOnly = true)
public class SchoolTerms {

    /** Terms are set a year or two ahead; a date further off either way is a slip of the keyboard ("2207"). */
    static final int YEARS_AROUND = 3;
    private static final int MAX_NAME = 100;
    private static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(SchoolTerms.class);

    private final SchoolTermRepository terms;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final KeptWhenFound<TermDates> kept;

    SchoolTerms(SchoolTermRepository terms, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.kept = new KeptWhenFound<>(() -> new TermDates(all().stream().map(SchoolTermEntry::term).toList()),
                dates -> dates.terms().isEmpty());
    }

    public TermDates termDates() {
        return kept.get();
    }

    /** Changed on another node (or here, seen again): read again. */
    @EventListener
    void on(ReferenceDataChanged changed) {
        kept.forget();
    }

    /** A term on record with its id, for the administrators' editor. */
    public record SchoolTermEntry(UUID id, TermDates.Term term) {
    }

    /** What an administrator enters; the half term may be left out (both its days, or neither). */
    public record TermForm(@Nullable String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
            @Nullable LocalDate halfTermStartsOn, @Nullable LocalDate halfTermEndsOn) {
    }

    /** The terms in order, each with its half term. */
    public List<SchoolTermEntry> all() {
        return terms.findAllByOrderByStartsOn().stream()
                .map(t -> new SchoolTermEntry(t.getId(), new TermDates.Term(t.getName(), t.getStartsOn(),
                        t.getEndsOn(), t.getHalfTermStartsOn(), t.getHalfTermEndsOn())))
                .toList();
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UUID add(TermForm form) {
        TermDates.Term term = checked(form, null);
        UUID id = UUID.randomUUID();
        terms.save(new SchoolTerm(id, term.name(), term.startsOn(), term.endsOn(), term.halfTermStartsOn(),
                term.halfTermEndsOn()));
        changed("added", id);
        return id;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void change(UUID id, TermForm form) {
        SchoolTerm stored = terms.findById(id).orElseThrow(() -> new UnknownRecordException("school term", id));
        TermDates.Term term = checked(form, id);
        stored.change(term.name(), term.startsOn(), term.endsOn(), term.halfTermStartsOn(), term.halfTermEndsOn());
        changed("changed", id);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void remove(UUID id) {
        terms.delete(terms.findById(id).orElseThrow(() -> new UnknownRecordException("school term", id)));
        changed("removed", id);
    }

    /** The term the form describes, or every problem with it as bundle keys, nothing saved. */
    private TermDates.Term checked(TermForm form, @Nullable UUID changing) {
        List<String> problems = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            problems.add("terms.problem.name");
        } else if (name.length() > MAX_NAME) {
            problems.add("terms.problem.nameLength");
        }
        if (form.startsOn() == null || form.endsOn() == null) {
            problems.add("terms.problem.dates");
        } else if (form.endsOn().isBefore(form.startsOn())) {
            problems.add("terms.problem.endsBeforeStarts");
        }
        boolean halfTerm = form.halfTermStartsOn() != null || form.halfTermEndsOn() != null;
        if (halfTerm && (form.halfTermStartsOn() == null || form.halfTermEndsOn() == null)) {
            problems.add("terms.problem.halfTermBoth");
        } else if (halfTerm && form.halfTermEndsOn().isBefore(form.halfTermStartsOn())) {
            problems.add("terms.problem.halfTermEndsBeforeStarts");
        } else if (halfTerm && problems.isEmpty() && (form.halfTermStartsOn().isBefore(form.startsOn())
                || form.halfTermEndsOn().isAfter(form.endsOn()))) {
            problems.add("terms.problem.halfTermOutside");
        }
        LocalDate today = LocalDate.now(clock);
        if (Stream.of(form.startsOn(), form.endsOn(), form.halfTermStartsOn(), form.halfTermEndsOn())
                .anyMatch(date -> date != null && (date.isBefore(today.minusYears(YEARS_AROUND))
                        || date.isAfter(today.plusYears(YEARS_AROUND))))) {
            problems.add("terms.problem.farOff");
        }
        if (problems.isEmpty()) {
            terms.findAllByOrderByStartsOn().stream().filter(other -> !other.getId().equals(changing))
                    .filter(other -> !form.startsOn().isAfter(other.getEndsOn())
                            && !form.endsOn().isBefore(other.getStartsOn()))
                    .findFirst().ifPresent(other -> problems.add("terms.problem.overlaps"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTermDatesException(problems);
        }
        return new TermDates.Term(name, form.startsOn(), form.endsOn(), form.halfTermStartsOn(),
                form.halfTermEndsOn());
    }

    /**
     * Every service with a term-time session is written again through the outbox, a batch per event: its rows of
     * this week's sessions and its search document's weeks of meetings follow the new dates.
     */
    private void changed(String what, UUID id) {
        ReferenceDataWatch.count(jdbc); // other nodes read their terms again
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kept.forget();
            }
        });
        List<UUID> affected = jdbc.sql("""
                select distinct coalesce(x.service_id, sal.service_id) from schedule x
                  left join service_at_location sal on sal.id = x.service_at_location_id
                where x.term_time_only""").query(String.class).list().stream().map(UUID::fromString).toList();
        for (int from = 0; from < affected.size(); from += BATCH) {
            events.publishEvent(new ServicesChanged(Set.copyOf(affected.subList(from,
                    Math.min(affected.size(), from + BATCH)))));
        }
        log.info("event=school-term-{} term={} services-rewritten={}", what, id, affected.size());
    }
}
