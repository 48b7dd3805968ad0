package org.familyhub.directory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What printed lists (the PDF leaflets) read: a locality's or a topic's published services grouped by
 * topic, a few of each. The cost is the same whatever the size of the directory: each group reads only
 * the services it shows, and counts the rest.
 */
@Service
@Transactional(readOnly = true)
public class PrintedDirectory {

    /** Within a group, the most recently checked first: they are the likeliest to be still right on paper. */
    private static final String ORDER = " order by s.assured_date is null, s.assured_date desc, s.name, s.id limit :limit";

    private static final String CATEGORY_TERM = """
            join taxonomy x on x.id = t.taxonomy_id and x.name = '%s'
            """.formatted(Directory.CATEGORY);

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final JdbcClient jdbc;
    private final ServiceRepository services;
    private final Clock clock;

    PrintedDirectory(JdbcClient jdbc, ServiceRepository services, Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.clock = clock;
    }

    /**
     * A group of a printed list: up to the limit of its services, and how many it has in all.
     *
     * @param topicCode the category the group is about
     * @param general   whether the group holds the services filed under the topic itself, not a sub-topic
     */
    public record TopicGroup(String topicCode, String topicName, boolean general, long total,
            List<ServiceDetails> services) {
    }

    /**
     * A children's centre, family hub or family centre on a leaflet: where it is and, as it has no opening hours
     * of its own, the hours its sessions run each weekday.
     *
     * @param type a venue-type code, e.g. {@code family-hub}
     */
    public record Centre(UUID id, String name, String type, List<String> addressLines, @Nullable String postcode,
            List<DayHours> hours) {
    }

    /** From the first session's start to the last one's end on a weekday. */
    public record DayHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
    }

    /** A locality's centres, family hubs first, then children's centres, then family centres, each by name. */
    public record Centres(long total, List<Centre> centres) {
    }

    /** A locality or category by code, with its name. */
    public record Heading(UUID id, String code, String name) {
    }

    public Optional<Heading> locality(String code) {
        return jdbc.sql("select id, code, name from locality where code = ?").param(code).query(this::heading)
                .optional();
    }

    /** Any category, top-level or sub-category. */
    public Optional<Heading> category(String code) {
        return jdbc.sql("select t.id, t.code, t.name from taxonomy_term t " + CATEGORY_TERM + " where t.code = ?")
                .param(code).query(this::heading).optional();
    }

    /** Published services in the locality (or covering it) by top-level topic, the topics by name. */
    public List<TopicGroup> inLocality(UUID locality, int perTopic) {
        Map<UUID, Long> counts = counts("""
                select coalesce(t.parent_id, t.id) as topic, count(distinct s.id) as services from service s
                  join attribute a on a.link_type = 'service' and a.link_id = s.id
                  join taxonomy_term t on t.id = a.taxonomy_term_id
                """ + CATEGORY_TERM + " where " + ServiceRepository.IN_LOCALITY + " group by topic",
                Map.of("locality", locality.toString()));
        List<Heading> topics = jdbc.sql("select t.id, t.code, t.name from taxonomy_term t " + CATEGORY_TERM
                + " where t.parent_id is null order by t.name").query(this::heading).list();
        return groups(topics, counts, topic -> false, topic -> ids(jdbc.sql("select s.id from service s where "
                        + ServiceRepository.IN_LOCALITY + " and " + ServiceRepository.IN_TERM + ORDER)
                .param("locality", locality.toString()).param("term", topic.id().toString()).param("limit", perTopic)));
    }

    /**
     * Published services of a topic by sub-topic (by name), then those filed under the topic itself; a
     * service filed under several appears in each.
     */
    public List<TopicGroup> inCategory(Heading category, int perTopic) {
        Map<UUID, Long> counts = counts("""
                select t.id as topic, count(distinct s.id) as services from service s
                  join attribute a on a.link_type = 'service' and a.link_id = s.id
                  join taxonomy_term t on t.id = a.taxonomy_term_id
                where s.status = 'active' and (t.id = :term or t.parent_id = :term) group by t.id
                """, Map.of("term", category.id().toString()));
        List<Heading> topics = new ArrayList<>(jdbc.sql("select t.id, t.code, t.name from taxonomy_term t"
                + " where t.parent_id = ? order by t.name").param(category.id().toString()).query(this::heading).list());
        topics.add(category);
        return groups(topics, counts, category::equals, topic -> ids(jdbc.sql("""
                select s.id from service s join attribute a on a.link_type = 'service' and a.link_id = s.id
                where s.status = 'active' and a.taxonomy_term_id = :term""" + ORDER)
                .param("term", topic.id().toString()).param("limit", perTopic)));
    }

    /** The codes of the localities whose printed lists the services are in: where they meet or which they cover. */
    public Set<String> localitiesOf(Collection<UUID> ids) {
        return codes(ids, """
                select l.code from locality l where exists (
                  select 1 from service_at_location sal join location v on v.id = sal.location_id
                  where sal.service_id in (:ids) and v.locality_id = l.id)
                or exists (select 1 from service_area a
                  where a.service_id in (:ids) and (a.locality_id = l.id or a.locality_id is null))
                """);
    }

    /** The codes of the services' categories and of those categories' parents. */
    public Set<String> categoriesOf(Collection<UUID> ids) {
        return codes(ids, """
                select distinct coalesce(p.code, t.code) from attribute a
                  join taxonomy_term t on t.id = a.taxonomy_term_id
                """ + CATEGORY_TERM + """
                  left join taxonomy_term p on p.id = t.parent_id
                where a.link_type = 'service' and a.link_id in (:ids)
                union select distinct t.code from attribute a
                  join taxonomy_term t on t.id = a.taxonomy_term_id
                """ + CATEGORY_TERM + " where a.link_type = 'service' and a.link_id in (:ids)");
    }

    /** The locality's centres and family hubs, at most {@code limit} of them; four short reads whatever their number. */
    public Centres centresIn(UUID locality, int limit) {
        String from = """
                from location l join attribute a on a.link_type = 'location' and a.link_id = l.id
                  join taxonomy_term t on t.id = a.taxonomy_term_id
                  join taxonomy x on x.id = t.taxonomy_id and x.name = 'venue-type'
                where l.locality_id = :locality and t.code in (:types)""";
        Map<String, Object> params = Map.of("locality", locality.toString(), "types", List.copyOf(Venues.CENTRE_TYPES));
        long total = jdbc.sql("select count(distinct l.id) " + from).params(params).query(Long.class).single();
        List<Heading> found = jdbc.sql("select l.id, t.code, l.name " + from + """
                 order by case t.code when 'family-hub' then 0 when 'childrens-centre' then 1 else 2 end, l.name, l.id
                 limit :limit""").params(params).param("limit", limit).query(this::heading).list().stream()
                .filter(distinctIds()).toList();
        if (found.isEmpty()) {
            return new Centres(total, List.of());
        }
        List<String> ids = found.stream().map(centre -> centre.id().toString()).toList();
        Map<UUID, List<String>> lines = new HashMap<>();
        Map<UUID, String> postcodes = new HashMap<>();
        jdbc.sql("select location_id, address_1, address_2, city, postal_code from address where location_id in (:ids)"
                + " order by location_id, id").param("ids", ids).query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    if (lines.putIfAbsent(id, java.util.stream.Stream.of(rs.getString(2), rs.getString(3),
                            rs.getString(4)).filter(Objects::nonNull).toList()) == null) {
                        postcodes.put(id, rs.getString(5));
                    }
                    return id;
                }).list();
        Map<UUID, Map<DayOfWeek, DayHours>> hours = hours(ids);
        return new Centres(total, found.stream().map(centre -> new Centre(centre.id(), centre.name(), centre.code(),
                lines.getOrDefault(centre.id(), List.of()), postcodes.get(centre.id()),
                List.copyOf(hours.getOrDefault(centre.id(), Map.of()).values()))).toList());
    }

    /** Weekly sessions of active services at the venues, as each weekday's first start and last end. */
    private Map<UUID, Map<DayOfWeek, DayHours>> hours(List<String> venues) {
        Map<UUID, Map<DayOfWeek, DayHours>> hours = new HashMap<>();
        jdbc.sql("""
                select sal.location_id, x.byday, min(x.opens_at), max(x.closes_at) from schedule x
                  join service_at_location sal on sal.id = x.service_at_location_id
                  join service s on s.id = sal.service_id and s.status = 'active'
                where sal.location_id in (:ids) and (x.freq is null or x.freq = 'WEEKLY')
                  and x.opens_at is not null and x.closes_at is not null
                group by sal.location_id, x.byday""").param("ids", venues).query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    LocalTime opens = rs.getObject(3, LocalTime.class);
                    LocalTime closes = rs.getObject(4, LocalTime.class);
                    for (String code : Objects.requireNonNullElse(rs.getString(2), "").split(",")) {
                        DayOfWeek day = WEEKDAYS.get(code.strip());
                        if (day != null) {
                            hours.computeIfAbsent(id, v -> new TreeMap<>()).merge(day, new DayHours(day, opens, closes),
                                    (a, b) -> new DayHours(day, a.opensAt().isBefore(b.opensAt()) ? a.opensAt()
                                            : b.opensAt(), a.closesAt().isAfter(b.closesAt()) ? a.closesAt() : b.closesAt()));
                        }
                    }
                    return id;
                }).list();
        return hours;
    }

    /** Every locality code and every category code, for generating what is missing. */
    public List<String> localityCodes() {
        return jdbc.sql("select code from locality order by code").query(String.class).list();
    }

    public List<String> topLevelCategoryCodes() {
        return jdbc.sql("select t.code from taxonomy_term t " + CATEGORY_TERM + " where t.parent_id is null"
                + " order by t.code").query(String.class).list();
    }

    /** Reads each group's ids, then every shown service at once (its children in batches), not one by one. */
    private List<TopicGroup> groups(List<Heading> topics, Map<UUID, Long> counts, Predicate<Heading> general,
            Function<Heading, List<UUID>> shown) {
        Map<Heading, List<UUID>> ids = new LinkedHashMap<>();
        topics.stream().filter(topic -> counts.getOrDefault(topic.id(), 0L) > 0)
                .forEach(topic -> ids.put(topic, shown.apply(topic)));
        Set<UUID> all = ids.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<UUID, ServiceDetails> details = services.findAllById(all).stream()
                .map(service -> ServiceMapping.details(service, clock, null))
                .collect(Collectors.toMap(ServiceDetails::id, Function.identity()));
        List<TopicGroup> groups = new ArrayList<>();
        ids.forEach((topic, listed) -> groups.add(new TopicGroup(topic.code(), topic.name(), general.test(topic),
                counts.get(topic.id()), listed.stream().map(details::get).filter(Objects::nonNull).toList())));
        return groups;
    }

    /** A venue filed under two centre types is listed once, under the first. */
    private static Predicate<Heading> distinctIds() {
        Set<UUID> seen = new java.util.HashSet<>();
        return heading -> seen.add(heading.id());
    }

    private static List<UUID> ids(JdbcClient.StatementSpec query) {
        return query.query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    private Map<UUID, Long> counts(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString("topic")), rs.getLong("services")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Set<String> codes(Collection<UUID> ids, String sql) {
        Set<String> codes = new TreeSet<>();
        List<String> all = ids.stream().map(UUID::toString).toList();
        for (int from = 0; from < all.size(); from += 1000) {
            codes.addAll(jdbc.sql(sql).param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(String.class).list());
        }
        return codes;
    }

    private Heading heading(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Heading(UUID.fromString(rs.getString("id")), rs.getString("code"), rs.getString("name"));
    }
}
