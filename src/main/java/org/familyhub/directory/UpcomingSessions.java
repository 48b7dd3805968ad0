package org.familyhub.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceAtLocation;
import org.familyhub.shared.LockConflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the table {@code upcoming_session}: every session of a published service at a venue in the next
 * {@value #DAYS} days, term-time sessions left out in the school holidays and a temporarily closed service's
 * sessions only on the days it is not closed (a closure starting next month leaves this week's in), (today and a day beyond the week, so the week is whole until the daily roll runs
 * after midnight). A service's rows are written again when its {@link ServicesChanged} event is
 * delivered through the outbox, so a failed write is retried; every day after midnight, and on start when
 * the table is behind, all services are written again in batches of {@value #BATCH}, never all in memory, and
 * each batch's search documents are told their {@link Meetings} moved on a day ({@link MeetingsMoved}).
 */
@Component
@Order(20)
class UpcomingSessions implements ApplicationRunner {

    static final int DAYS = 8;
    private static final int BATCH = 200;
    /** A full refill not finished by then (the portal stopped, say) is taken over by the next attempt. */
    private static final Duration ABANDONED = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(UpcomingSessions.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final EntityManager entities;
    private final TransactionTemplate transaction;
    private final SchoolTerms schoolTerms;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UpcomingSessions(JdbcClient jdbc, JdbcTemplate batch, EntityManager entities, TransactionTemplate transaction,
            SchoolTerms schoolTerms, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.batch = batch;
        this.entities = entities;
        this.transaction = transaction;
        this.schoolTerms = schoolTerms;
        this.clock = clock;
    }

    /** The days the table holds. */
    record Window(LocalDate firstDay, LocalDate lastDay) {

        static Window from(LocalDate today) {
            return new Window(today, today.plusDays(DAYS - 1));
        }
    }

    /** Each batch in a transaction of its own, so a batch a deadlock rolled back is run again alone. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ServicesChanged event) {
        Window window = window().orElse(Window.from(today()));
        event.inBatches(BATCH).forEach(batch -> refill(batch, window));
    }

    /** At 100,000 services a full refill takes minutes: it must not hold up the start. */
    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("upcoming-sessions-on-start").start(() -> {
            try {
                rollForward();
            } catch (RuntimeException e) {
                log.error("event=upcoming-sessions-refill-failed retry=next-daily-roll", e);
            }
        });
    }

    /**
     * Checked every hour: after midnight in the council's zone the window moves on a day, and a refill left
     * unfinished (the portal stopped, the database failed) is taken over; otherwise nothing happens.
     * <p>
     * Every node fires at the same cron time; the lock is held for a while after a quick run, so a node whose
     * scheduler fires a little late (busy, or its clock behind) finds it taken instead of running the same hour's
     * turn again. The hold must stay shorter than the schedule's interval (measured: TwoNodesTest).
     */
    @Scheduled(cron = "${familyhub.directory.week-roll-cron:0 5 * * * *}", zone = "${familyhub.time-zone:Europe/London}")
    @SchedulerLock(name = "directory-upcoming-sessions-roll", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${familyhub.directory.week-roll-lock-at-least-for:PT5M}")
    void rollForward() {
        LocalDate today = today();
        if (claim(today)) {
            refillAll(Window.from(today));
        }
    }

    /**
     * Writes every service's rows again for the current window, in batches: after the content was changed
     * behind the portal's back (a bulk import straight into the database, a test growing the directory).
     */
    void refillAll() {
        refillAll(window().orElse(Window.from(today())));
    }

    private void refillAll(Window window) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> jdbc.sql("delete from upcoming_session where on_date < ?")
                .param(window.firstDay()).update());
        int services = 0;
        List<String> ids = jdbc.sql("select id from service order by id limit ?").param(BATCH)
                .query(String.class).list();
        while (!ids.isEmpty()) {
            List<UUID> batchIds = ids.stream().map(UUID::fromString).toList();
            refill(batchIds, window);
            transaction.executeWithoutResult(status -> events.publishEvent(new MeetingsMoved(Set.copyOf(batchIds))));
            services += ids.size();
            ids = jdbc.sql("select id from service where id > ? order by id limit ?").params(ids.getLast(), BATCH)
                    .query(String.class).list();
        }
        jdbc.sql("update upcoming_window set complete = true where id = 1 and first_day = ?")
                .param(window.firstDay()).update();
        log.info("event=upcoming-sessions-refilled services={} first-day={} ms={}", services, window.firstDay(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Replaces the rows of these services: their sessions in the window if published, none otherwise. A burst of
     * saves (500 editors' in a few seconds) has two refills meet on the table's index and MariaDB roll one back; it
     * reads its services again and runs once more.
     */
    void refill(Collection<UUID> serviceIds, Window window) {
        if (serviceIds.isEmpty()) {
            return;
        }
        LockConflicts.retriedWithoutResult("upcoming-sessions", () -> transaction.executeWithoutResult(status -> {
            List<String> ids = serviceIds.stream().map(UUID::toString).toList();
            TermDates terms = schoolTerms.termDates();
            jdbc.sql("delete from upcoming_session where service_id in (:ids)").param("ids", ids).update();
            List<Object[]> rows = new ArrayList<>();
            entities.createQuery("""
                    select distinct s from Service s left join fetch s.serviceAtLocations sal
                      left join fetch sal.location v left join fetch v.locality
                    where s.id in :ids and s.status in ('active', :closed)""", Service.class)
                    .setParameter("closed", Service.TEMPORARILY_CLOSED)
                    .setParameter("ids", serviceIds).getResultList()
                    .forEach(service -> service.getServiceAtLocations()
                            .forEach(at -> rows.addAll(rows(service, at, window, terms))));
            // "ignore": a full refill and an event's refill of the same service may meet; both write the same rows
            batch.batchUpdate("""
                    insert ignore into upcoming_session (schedule_id, on_date, service_id, venue_id, locality_id, opens_at,
                      closes_at, ends_at, service_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            entities.clear();
        }));
    }

    private static List<Object[]> rows(Service service, ServiceAtLocation at, Window window, TermDates terms) {
        Location venue = at.getLocation();
        Closure closure = ServiceMapping.closure(service);
        List<Object[]> rows = new ArrayList<>();
        for (Schedule schedule : at.getSchedules()) {
            Session session = ServiceMapping.session(schedule);
            for (LocalDate date = window.firstDay(); !date.isAfter(window.lastDay()); date = date.plusDays(1)) {
                if ((closure == null || !closure.closedOn(date)) && SessionDates.runsOn(session, date, terms)) {
                    rows.add(new Object[] {schedule.getId().toString(), date, service.getId().toString(),
                            venue.getId().toString(), venue.getLocality().getId().toString(), session.opensAt(),
                            session.closesAt(), SessionDates.end(session), service.getName()});
                }
            }
        }
        return rows;
    }

    /**
     * Takes the job of refilling for today, so that of several portals sharing the database one does it: when
     * the window starts before today, or a refill was left unfinished long enough to count as abandoned.
     */
    private boolean claim(LocalDate today) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp abandoned = Timestamp.from(clock.instant().minus(ABANDONED));
        Window window = Window.from(today);
        Boolean claimed = transaction.execute(status -> {
            Optional<State> state = jdbc.sql("select first_day, complete, claimed_at from upcoming_window"
                    + " where id = 1 for update")
                    .query((rs, n) -> new State(rs.getObject(1, LocalDate.class), rs.getBoolean(2),
                            rs.getTimestamp(3)))
                    .optional();
            if (state.isEmpty()) {
                jdbc.sql("insert into upcoming_window (id, first_day, last_day, complete, claimed_at)"
                        + " values (1, ?, ?, false, ?)").params(window.firstDay(), window.lastDay(), now).update();
                return true;
            }
            State current = state.get();
            boolean behind = current.firstDay().isBefore(today);
            if (!behind && (current.complete() || current.claimedAt().after(abandoned))) {
                return false;
            }
            jdbc.sql("update upcoming_window set first_day = ?, last_day = ?, complete = false, claimed_at = ?"
                    + " where id = 1").params(window.firstDay(), window.lastDay(), now).update();
            return true;
        });
        return Boolean.TRUE.equals(claimed);
    }

    private record State(LocalDate firstDay, boolean complete, Timestamp claimedAt) {
    }

    Optional<Window> window() {
        return jdbc.sql("select first_day, last_day from upcoming_window where id = 1")
                .query((rs, n) -> new Window(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
