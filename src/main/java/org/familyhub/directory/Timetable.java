package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * When services next meet: the "next session" line on result cards, and "on this week" on the home,
 * locality and venue pages. Read-only. A card's next session is worked out from its recurrence
 * ({@link SessionDates}); the week is read from the table {@link UpcomingSessions} keeps, so it costs the
 * same whatever the size of the directory.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class Timetable {

    /**
     * Sessions from today to six days on that have not ended by now ({@link SessionDates} rules), and that are
     * something a family goes to: a stretch of more than {@value #LONGEST_SESSION_HOURS} hours is an office's or a
     * childminder's opening hours ("9:00 to 17:00", "7:30 to 17:30"), which the service's own page shows.
     */
    private static final String WEEK = """
            select u.schedule_id, u.on_date from upcoming_session u
            where u.on_date between :today and :last and (u.on_date > :today or u.ends_at is null or u.ends_at > :time)
              and (u.opens_at is null or u.closes_at is null
                   or time_to_sec(timediff(u.closes_at, u.opens_at)) <= %d * 3600)
            """.formatted(Timetable.LONGEST_SESSION_HOURS);

    /** The longest a group, class or drop-in runs; anything longer is opening hours. */
    static final int LONGEST_SESSION_HOURS = 6;

    private final ServiceRepository services;
    private final JdbcClient jdbc;
    private final EntityManager entities;
    private final SchoolTerms schoolTerms;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<VenueSessionSource> otherSessions;

    Timetable(ServiceRepository services, JdbcClient jdbc, EntityManager entities, SchoolTerms schoolTerms,
            Clock clock, org.springframework.beans.factory.ObjectProvider<VenueSessionSource> otherSessions) {
        this.otherSessions = otherSessions;
        this.services = services;
        this.jdbc = jdbc;
        this.entities = entities;
        this.schoolTerms = schoolTerms;
        this.clock = clock;
    }

    /** One meeting of a service at a venue on a date. */
    public record Occurrence(UUID serviceId, String serviceName, LocalDate date, @Nullable LocalTime opensAt,
            @Nullable LocalTime closesAt, @Nullable UUID venueId, @Nullable String venueName, Place place, Cost cost,
            @Nullable String description) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date and time in the council's zone. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * For each of the services that has one, its next session that has not ended by now, term-time sessions
     * skipping the school holidays. A result list asks this for every card it shows, so the sessions are read as
     * rows, with only what the rules need: read as entities, the services with their venues, sessions and costs were
     * a third of a search page's work.
     */
    public Map<UUID, Occurrence> nextSessions(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        LocalDateTime now = now();
        TermDates terms = schoolTerms.termDates();
        Map<UUID, Next> soonest = new HashMap<>();
        jdbc.sql("""
                select a.service_id, x.id, x.freq, x.repeat_interval, x.byday, x.bymonthday, x.dtstart, x.until_date,
                       x.count, x.valid_from, x.valid_to, x.opens_at, x.closes_at, x.wkst, x.term_time_only,
                       x.except_dates, x.description
                from schedule x join service_at_location a on a.id = x.service_at_location_id
                where a.service_id in (:ids) order by x.id""")
                .param("ids", serviceIds.stream().map(UUID::toString).distinct().toList())
                .query(rs -> {
                    Schedule schedule = new Schedule(UUID.fromString(rs.getString(2)), new Schedule.Recurrence(
                            rs.getString(3), rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                            rs.getObject(9, Integer.class), rs.getObject(10, LocalDate.class),
                            rs.getObject(11, LocalDate.class), rs.getObject(12, LocalTime.class),
                            rs.getObject(13, LocalTime.class), rs.getString(14), rs.getBoolean(15),
                            Schedule.exceptDates(rs.getString(16))), rs.getString(17), null);
                    UUID service = UUID.fromString(rs.getString(1));
                    SessionDates.next(ServiceMapping.session(schedule), now, terms)
                            .map(date -> new Next(schedule.getId(), date, schedule.getOpensAt()))
                            .ifPresent(next -> soonest.merge(service, next, BinaryOperator.minBy(Next.SOONEST)));
                });
        Map<UUID, Occurrence> next = new LinkedHashMap<>();
        occurrences(soonest.values().stream().map(s -> Map.entry(s.scheduleId(), s.date())).toList())
                .forEach(occurrence -> next.put(occurrence.serviceId(), occurrence));
        return next;
    }

    /** A service's soonest session found so far. */
    private record Next(UUID scheduleId, LocalDate date, @Nullable LocalTime opensAt) {

        static final Comparator<Next> SOONEST = Comparator.comparing(Next::date)
                .thenComparing(Next::opensAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** Sessions of active services anywhere in the next seven days, soonest first; today's that have ended are left out. */
    public List<Occurrence> thisWeek(int limit) {
        return read(WEEK + "order by u.on_date, u.opens_at, u.service_name, u.schedule_id limit :limit",
                Map.of("limit", limit));
    }

    /** The same at venues in one locality, by its code. */
    public List<Occurrence> thisWeekIn(String localityCode, int limit) {
        return read(WEEK + "and u.locality_id = (select id from locality where code = :locality)"
                + " order by u.on_date, u.opens_at, u.service_name, u.schedule_id limit :limit",
                Map.of("limit", limit, "locality", localityCode));
    }

    /**
     * A day's sessions at a venue are counted up to this many, so that counting reads no more of the table's index
     * than that however many services meet there.
     */
    static final int COUNTED = 100;

    /**
     * A day of a venue's timetable: at most a few of its sessions, and how many more there are that day, or at least
     * how many ({@code orMore}) when the day has {@value #COUNTED} or more.
     */
    public record Day(LocalDate date, List<Occurrence> sessions, long more, boolean orMore) {
    }

    /** The next seven days at a venue, day by day (days without sessions left out), all of today included. */
    public List<Day> weekAt(UUID venueId, int perDay) {
        LocalDate today = today();
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        // each day counted apart, up to COUNTED: a bounded read of the index (venue, date) however busy the venue
        List<LocalDate> week = Stream.iterate(today, day -> day.plusDays(1)).limit(7).toList();
        Map<String, Object> counting = new HashMap<>(Map.of("venue", venueId.toString(), "counted", COUNTED));
        jdbc.sql(eachDay(week, counting, i -> "select " + i + ", count(*) from (select 1 from upcoming_session"
                + " where venue_id = :venue and on_date = :day" + i + " limit :counted) d" + i)).params(counting)
                .query(rs -> {
                    if (rs.getLong(2) > 0) {
                        counts.put(week.get(rs.getInt(1)), rs.getLong(2));
                    }
                });
        // one short index read a day, each stopping after perDay rows, however many services meet there
        List<LocalDate> dates = List.copyOf(counts.keySet());
        Map<String, Object> params = new HashMap<>(Map.of("venue", venueId.toString(), "limit", perDay));
        String days = eachDay(dates, params, i -> "(select u.schedule_id, u.on_date, u.opens_at, u.service_name"
                + " from upcoming_session u where u.venue_id = :venue and u.on_date = :day" + i
                + " order by u.opens_at, u.service_name, u.schedule_id limit :limit)");
        Map<LocalDate, List<Occurrence>> byDay = dates.isEmpty() ? Map.of()
                : read("select schedule_id, on_date from (" + days + ") x"
                        + " order by on_date, opens_at, service_name, schedule_id", params).stream()
                        .collect(Collectors.groupingBy(Occurrence::date));
        Map<LocalDate, List<Occurrence>> others = otherSessionsAt(venueId, today, today.plusDays(6));
        others.forEach((date, sessions) -> counts.merge(date, (long) sessions.size(), Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(day -> {
            List<Occurrence> sessions = new java.util.ArrayList<>(byDay.getOrDefault(day.getKey(), List.of()));
            sessions.addAll(others.getOrDefault(day.getKey(), List.of()));
            sessions.sort(Comparator.comparing(Timetable::opening).thenComparing(Occurrence::serviceName));
            List<Occurrence> shown = sessions.subList(0, Math.min(perDay, sessions.size()));
            return new Day(day.getKey(), List.copyOf(shown), Math.max(0, day.getValue() - shown.size()),
                    day.getValue() >= COUNTED);
        }).toList();
    }

    /** The query for each day, one after another ({@code :day0}, {@code :day1} …), the dates put in its parameters. */
    private static String eachDay(List<LocalDate> days, Map<String, Object> params, IntFunction<String> query) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            params.put("day" + i, days.get(i));
            sql.append(i == 0 ? "" : " union all ").append(query.apply(i));
        }
        return sql.toString();
    }

    /** Other modules' sessions at the venue ({@link VenueSessionSource}), by day; nothing when none is asked for. */
    private Map<LocalDate, List<Occurrence>> otherSessionsAt(UUID venueId, LocalDate from, LocalDate to) {
        List<VenueSessionSource> sources = otherSessions.orderedStream().toList();
        Location venue = sources.isEmpty() ? null : entities.find(Location.class, venueId);
        if (venue == null || venue.getName() == null) {
            return Map.of();
        }
        List<VenueSessionSource.DatedSession> named = sources.stream()
                .flatMap(source -> source.sessionsAt(venue.getName(), from, to).stream()).toList();
        if (named.isEmpty()) {
            return Map.of();
        }
        // Of the few services with such sessions, those active that meet at this venue: a course naming it is not
        // placed there when its programme is not.
        Set<UUID> there = Set.copyOf(entities.createQuery("""
                select distinct s.id from Service s join s.serviceAtLocations sal
                where sal.location.id = :venue and s.status = 'active' and s.id in :named""", UUID.class)
                .setParameter("venue", venueId)
                .setParameter("named", named.stream().map(VenueSessionSource.DatedSession::serviceId).distinct().toList())
                .getResultList());
        List<VenueSessionSource.DatedSession> sessions = named.stream()
                .filter(session -> there.contains(session.serviceId())).toList();
        if (sessions.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Service> withSessions = new HashMap<>();
        services.findAllById(sessions.stream().map(VenueSessionSource.DatedSession::serviceId).distinct().toList())
                .forEach(service -> withSessions.put(service.getId(), service));
        return sessions.stream()
                .map(session -> {
                    Service service = withSessions.get(session.serviceId());
                    return new Occurrence(service.getId(), service.getName(), session.date(), session.opensAt(),
                            session.closesAt(), venue.getId(), venue.getName(), ServiceMapping.place(venue),
                            ServiceMapping.cost(service), session.description());
                })
                .collect(Collectors.groupingBy(Occurrence::date));
    }

    /** The sessions the query finds (schedule id and date), in its order, with what a list shows of each. */
    private List<Occurrence> read(String sql, Map<String, Object> params) {
        LocalDateTime now = now();
        List<Map.Entry<UUID, LocalDate>> found = jdbc.sql(sql).params(params)
                .param("today", now.toLocalDate()).param("last", now.toLocalDate().plusDays(6))
                .param("time", now.toLocalTime())
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .list();
        return occurrences(found);
    }

    /** The sessions (schedule id and date), in their order, with what a list shows of each. */
    private List<Occurrence> occurrences(List<Map.Entry<UUID, LocalDate>> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        // The sessions with their services, venues and costs as rows, in two statements: read as entities, each service
        // came with all its venues and sessions, and then its costs one service at a time.
        Map<UUID, Row> rows = new HashMap<>();
        jdbc.sql("""
                select x.id, s.id, s.name, s.fees_description, x.opens_at, x.closes_at, x.description, l.id, l.name,
                       t.name, y.name
                from schedule x join service_at_location a on a.id = x.service_at_location_id
                join service s on s.id = a.service_id join location l on l.id = a.location_id
                left join town t on t.id = l.town_id join locality y on y.id = l.locality_id
                where x.id in (:ids)""")
                .param("ids", found.stream().map(row -> row.getKey().toString()).distinct().toList())
                .query((rs, n) -> rows.put(UUID.fromString(rs.getString(1)), new Row(UUID.fromString(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalTime.class),
                        rs.getObject(6, LocalTime.class), rs.getString(7), UUID.fromString(rs.getString(8)),
                        rs.getString(9), new Place(rs.getString(10), rs.getString(11)))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ServiceMapping.Price>> prices = new HashMap<>();
        jdbc.sql("select service_id, amount, amount_description from cost_option where service_id in (:services)"
                        + " order by service_id, id")
                .param("services", rows.values().stream().map(row -> row.serviceId().toString()).distinct().toList())
                .query((rs, n) -> prices.computeIfAbsent(UUID.fromString(rs.getString(1)), id -> new ArrayList<>())
                        .add(new ServiceMapping.Price(rs.getBigDecimal(2), rs.getString(3))))
                .list();
        return found.stream().filter(row -> rows.containsKey(row.getKey()))
                .map(row -> rows.get(row.getKey()).on(row.getValue(), prices)).toList();
    }

    /** A session as read for a timetable, with its service and venue. */
    private record Row(UUID serviceId, String serviceName, @Nullable String fees, @Nullable LocalTime opensAt,
            @Nullable LocalTime closesAt, @Nullable String description, UUID venueId, @Nullable String venueName,
            Place place) {

        Occurrence on(LocalDate date, Map<UUID, List<ServiceMapping.Price>> prices) {
            return new Occurrence(serviceId, serviceName, date, opensAt, closesAt, venueId, venueName, place,
                    ServiceMapping.cost(prices.getOrDefault(serviceId, List.of()), fees), description);
        }
    }

    private static LocalTime opening(Occurrence occurrence) {
        return occurrence.opensAt() == null ? LocalTime.MIDNIGHT : occurrence.opensAt();
    }

    static Occurrence occurrence(ServiceDetails details, Venue venue, Session session, LocalDate date) {
        return new Occurrence(details.id(), details.name(), date, session.opensAt(), session.closesAt(), venue.id(),
                venue.name(), venue.place(), details.cost(), session.description());
    }

    /** A service's next session, for its page. */
    public Optional<Occurrence> nextSession(UUID serviceId) {
        return Optional.ofNullable(nextSessions(List.of(serviceId)).get(serviceId));
    }

    /**
     * The same, from the venues and sessions the service's page has read already, so the page does not read the
     * service a second time.
     */
    public Optional<Occurrence> nextSession(ServiceDetails service) {
        LocalDateTime now = now();
        TermDates terms = schoolTerms.termDates();
        return service.venues().stream().flatMap(venue -> venue.sessions().stream().flatMap(session -> SessionDates
                        .next(session, now, terms).stream().map(date -> occurrence(service, venue, session, date))))
                .min(Comparator.comparing(Occurrence::date).thenComparing(Timetable::opening));
    }
}
