package org.familyhub.childcare.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.familyhub.childcare.AgeGroup;
import org.familyhub.childcare.ChildcareFacts;
import org.familyhub.childcare.ChildcareFacts.Fees;
import org.familyhub.childcare.Entitlement;
import org.familyhub.childcare.ProviderType;
import org.familyhub.childcare.Vacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code childcare_provider} and {@code childcare_vacancy} tables. Reads take a page's ids, never all. */
@Repository
public class ChildcareRepository {

    private static final String COLUMNS = """
            service_id, provider_type, ofsted_urn, register, inspection_grade, inspection_date, report_url,
            min_age_months, max_age_months, opening_days, opens_at, closes_at, all_year, school_runs, fee_per_hour,
            fee_per_session, fee_per_day, funded, send_experience, fees_updated_at""";

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    ChildcareRepository(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    public Optional<ChildcareFacts> find(UUID serviceId) {
        return findAll(List.of(serviceId)).stream().findFirst();
    }

    public Optional<ChildcareFacts> findByUrn(String urn) {
        return jdbc.sql("select service_id from childcare_provider where ofsted_urn = ?").param(urn)
                .query((rs, n) -> UUID.fromString(rs.getString(1))).optional().flatMap(this::find);
    }

    public List<ChildcareFacts> findAll(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = serviceIds.stream().map(UUID::toString).toList();
        Map<UUID, List<Vacancy>> vacancies = new HashMap<>();
        jdbc.sql("select service_id, age_group, day, places, updated_at from childcare_vacancy where service_id in (:ids)"
                + " order by service_id, age_group, day")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString(1)), new Vacancy(
                        AgeGroup.ofCode(rs.getString(2)).orElseThrow(), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant())))
                .list()
                .forEach(e -> vacancies.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("select " + COLUMNS + " from childcare_provider where service_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> facts(rs, vacancies))
                .list();
    }

    public boolean exists(UUID serviceId) {
        return jdbc.sql("select count(*) from childcare_provider where service_id = ?").param(serviceId.toString())
                .query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from childcare_provider").query(Long.class).single();
    }

    /**
     * The facts of a listing written through JPA in this same transaction (an Ofsted draft): the listing is flushed
     * first, so the row's foreign key finds it.
     */
    public void saveForNewListing(ChildcareFacts facts) {
        entityManager.flush();
        save(facts);
    }

    /** Writes the provider's facts (not its vacancies, which change on their own). */
    public void save(ChildcareFacts facts) {
        Fees fees = facts.fees();
        List<Object> values = Arrays.asList(facts.serviceId().toString(), facts.providerType().code(),
                facts.ofstedUrn(), facts.register(), facts.inspectionGrade(), date(facts.inspectionDate()),
                facts.reportUrl(), facts.minAgeMonths(), facts.maxAgeMonths(), String.join(",", facts.openingDays()),
                time(facts.opensAt()), time(facts.closesAt()), facts.allYear(), facts.schoolRuns(), fees.perHour(),
                fees.perSession(), fees.perDay(), funded(facts.funded()), facts.sendExperience(), ts(fees.updatedAt()));
        int updated = jdbc.sql("""
                update childcare_provider set provider_type = ?, ofsted_urn = ?, register = ?, inspection_grade = ?,
                    inspection_date = ?, report_url = ?, min_age_months = ?, max_age_months = ?, opening_days = ?,
                    opens_at = ?, closes_at = ?, all_year = ?, school_runs = ?, fee_per_hour = ?, fee_per_session = ?,
                    fee_per_day = ?, funded = ?, send_experience = ?, fees_updated_at = ?
                where service_id = ?""")
                .params(concat(values.subList(1, values.size()), values.get(0))).update();
        if (updated == 0) {
            jdbc.sql("insert into childcare_provider (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)").params(values).update();
        }
    }

    public void saveFees(UUID serviceId, Fees fees) {
        jdbc.sql("update childcare_provider set fee_per_hour = ?, fee_per_session = ?, fee_per_day = ?,"
                + " fees_updated_at = ? where service_id = ?")
                .params(fees.perHour(), fees.perSession(), fees.perDay(), ts(fees.updatedAt()), serviceId.toString())
                .update();
    }

    /** The provider's vacancies as they are now: every row replaced, so a place filled disappears. */
    public void replaceVacancies(UUID serviceId, List<Vacancy> vacancies) {
        jdbc.sql("delete from childcare_vacancy where service_id = ?").param(serviceId.toString()).update();
        for (Vacancy v : vacancies) {
            jdbc.sql("insert into childcare_vacancy (service_id, age_group, day, places, updated_at) values (?, ?, ?, ?, ?)")
                    .params(serviceId.toString(), v.ageGroup().code(), v.day(), v.places(), ts(v.updatedAt()))
                    .update();
        }
    }

    /**
     * Providers whose newest vacancy update is older than {@code updatedBefore} (or who never gave one) and who
     * were not reminded since {@code notRemindedSince}: a page at a time.
     */
    public List<UUID> dueForReminder(Instant updatedBefore, LocalDate notRemindedSince, int limit) {
        return jdbc.sql("""
                select p.service_id from childcare_provider p
                where (p.reminded_on is null or p.reminded_on < ?)
                  and coalesce((select max(v.updated_at) from childcare_vacancy v where v.service_id = p.service_id),
                               p.fees_updated_at, timestamp '1970-01-02 00:00:00') < ?
                order by p.service_id limit ?""")
                .params(Date.valueOf(notRemindedSince), Timestamp.from(updatedBefore), limit)
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    public void markReminded(UUID serviceId, LocalDate on) {
        jdbc.sql("update childcare_provider set reminded_on = ? where service_id = ?")
                .params(Date.valueOf(on), serviceId.toString()).update();
    }

    private static ChildcareFacts facts(ResultSet rs, Map<UUID, List<Vacancy>> vacancies) throws SQLException {
        UUID id = UUID.fromString(rs.getString("service_id"));
        Date inspected = rs.getDate("inspection_date");
        Time opens = rs.getTime("opens_at");
        Time closes = rs.getTime("closes_at");
        Timestamp feesUpdated = rs.getTimestamp("fees_updated_at");
        String days = rs.getString("opening_days");
        return new ChildcareFacts(id, ProviderType.ofCode(rs.getString("provider_type")).orElseThrow(),
                rs.getString("ofsted_urn"), rs.getString("register"), rs.getString("inspection_grade"),
                inspected == null ? null : inspected.toLocalDate(), rs.getString("report_url"),
                rs.getInt("min_age_months"), rs.getInt("max_age_months"),
                days.isBlank() ? List.of() : List.of(days.split(",")),
                opens == null ? null : opens.toLocalTime(), closes == null ? null : closes.toLocalTime(),
                rs.getBoolean("all_year"), rs.getString("school_runs"),
                new Fees(rs.getBigDecimal("fee_per_hour"), rs.getBigDecimal("fee_per_session"),
                        rs.getBigDecimal("fee_per_day"), feesUpdated == null ? null : feesUpdated.toInstant()),
                funded(rs.getString("funded")), rs.getString("send_experience"),
                vacancies.getOrDefault(id, List.of()));
    }

    private static Set<Entitlement> funded(String codes) {
        return Arrays.stream(codes.split(",")).filter(c -> !c.isBlank())
                .map(c -> Entitlement.ofCode(c).orElseThrow()).collect(Collectors.toSet());
    }

    private static String funded(Set<Entitlement> funded) {
        return funded.stream().map(Entitlement::code).sorted().collect(Collectors.joining(","));
    }

    private static List<Object> concat(List<Object> values, Object last) {
        List<Object> all = new ArrayList<>(values);
        all.add(last);
        return all;
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable Time time(@Nullable LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

}
