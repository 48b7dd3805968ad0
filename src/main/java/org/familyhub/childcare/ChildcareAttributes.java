package org.familyhub.childcare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.childcare.domain.ChildcareRepository;
import org.familyhub.directory.ServiceAttributeSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Childcare facts in the Open Referral API: HSDS attributes of the taxonomy {@code childcare}
 * ({@code V11_8_1__childcare_taxonomy.sql}), one per fact, one per funded entitlement and one per vacancy. A vacancy
 * older than three months is published with {@code places=unknown}, as the portal's own pages show it.
 */
@Component
class ChildcareAttributes implements ServiceAttributeSource {

    static final String TAXONOMY = "childcare";
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final ChildcareRepository providers;
    private final Clock clock;

    ChildcareAttributes(ChildcareRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<PublishedAttribute>> attributes(Collection<UUID> serviceIds) {
        Map<UUID, List<PublishedAttribute>> published = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (ChildcareFacts facts : providers.findAll(serviceIds)) {
            published.put(facts.serviceId(), values(facts, today));
        }
        return published;
    }

    /**
     * The providers that publish the term's attribute (see {@link #values}), or every provider for the taxonomy:
     * a fact with values is found by whether it is stated, so {@code taxonomy_term_id} of {@code vacancy} finds the
     * providers that state vacancies, whatever they are.
     */
    @Override
    public Optional<String> servicesWith(String taxonomy, @Nullable String termCode) {
        if (!TAXONOMY.equals(taxonomy)) {
            return Optional.empty();
        }
        if (termCode == null) {
            return Optional.of("select service_id from childcare_provider");
        }
        String stated = switch (termCode) {
            case "provider-type", "age-from-months", "age-to-months", "all-year" -> "true";
            case "ofsted-urn" -> "ofsted_urn is not null";
            case "ofsted-register" -> "trim(coalesce(register, '')) <> ''";
            case "ofsted-grade" -> "trim(coalesce(inspection_grade, '')) <> ''";
            case "ofsted-inspection-date" -> "inspection_date is not null";
            case "ofsted-report" -> "trim(coalesce(report_url, '')) <> ''";
            case "opening-days" -> "opening_days <> ''";
            case "opening-hours" -> "opens_at is not null and closes_at is not null";
            case "school-runs" -> "trim(coalesce(school_runs, '')) <> ''";
            case "fee-per-hour" -> "fee_per_hour is not null";
            case "fee-per-session" -> "fee_per_session is not null";
            case "fee-per-day" -> "fee_per_day is not null";
            case "funded-entitlement" -> "funded <> ''";
            case "send-experience" -> "trim(coalesce(send_experience, '')) <> ''";
            case "vacancy" -> "exists (select 1 from childcare_vacancy v where v.service_id = p.service_id)";
            default -> null;
        };
        return Optional.ofNullable(stated).map(where -> "select p.service_id from childcare_provider p where " + where);
    }

    private List<PublishedAttribute> values(ChildcareFacts f, LocalDate today) {
        List<PublishedAttribute> values = new ArrayList<>();
        add(values, "provider-type", f.providerType().code());
        add(values, "ofsted-urn", f.ofstedUrn());
        add(values, "ofsted-register", f.register());
        add(values, "ofsted-grade", f.inspectionGrade());
        add(values, "ofsted-inspection-date", f.inspectionDate() == null ? null : f.inspectionDate().toString());
        add(values, "ofsted-report", f.reportUrl());
        add(values, "age-from-months", String.valueOf(f.minAgeMonths()));
        add(values, "age-to-months", String.valueOf(f.maxAgeMonths()));
        add(values, "opening-days", f.openingDays().isEmpty() ? null : String.join(",", f.openingDays()));
        add(values, "opening-hours", f.opensAt() == null || f.closesAt() == null ? null
                : f.opensAt().format(HOURS) + "-" + f.closesAt().format(HOURS));
        add(values, "all-year", String.valueOf(f.allYear()));
        add(values, "school-runs", f.schoolRuns());
        add(values, "fee-per-hour", pounds(f.fees().perHour()));
        add(values, "fee-per-session", pounds(f.fees().perSession()));
        add(values, "fee-per-day", pounds(f.fees().perDay()));
        f.funded().stream().sorted(Comparator.comparing(Entitlement::ordinal))
                .forEach(e -> add(values, "funded-entitlement", e.code()));
        add(values, "send-experience", f.sendExperience());
        f.vacancies().stream()
                .sorted(Comparator.comparing((Vacancy v) -> Days.ALL.indexOf(v.day()))
                        .thenComparing(v -> v.ageGroup().ordinal()))
                .forEach(v -> add(values, "vacancy", vacancy(v, today)));
        return values;
    }

    private String vacancy(Vacancy v, LocalDate today) {
        boolean known = v.known(today, clock.getZone());
        return "day=" + v.day() + ";age_group=" + v.ageGroup().code() + ";age_from_months=" + v.ageGroup().fromMonths()
                + ";age_to_months=" + v.ageGroup().toMonths() + ";places=" + (known ? String.valueOf(v.places())
                : "unknown") + ";updated=" + v.updatedAt().atZone(clock.getZone()).toLocalDate();
    }

    private static @Nullable String pounds(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void add(List<PublishedAttribute> values, String code, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            values.add(new PublishedAttribute(TAXONOMY, code, value, null));
        }
    }
}
