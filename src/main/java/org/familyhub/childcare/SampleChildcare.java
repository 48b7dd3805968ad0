package org.familyhub.childcare;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familyhub.childcare.ChildcareFacts.Fees;
import org.familyhub.childcare.domain.ChildcareRepository;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.Listings;
import org.familyhub.shared.LockConflicts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample content's childcare facts ({@code content/childcare/providers.json}), given to the sample's childcare
 * listings when the portal starts with none, so a fresh portal shows Find childcare at work. Vacancies are dated
 * some days before the start ({@code updated_days_ago}), so they are as fresh (or as stale) as the file says.
 * Listings the file names that the directory lacks are skipped.
 */
@Component
@Order(20) // after the sample content is loaded
class SampleChildcare implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SampleChildcare.class);
    private static final int ATTEMPTS = 5;
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ChildcareRepository providers;
    private final Listings listings;
    private final DirectoryChanges changes;
    private final Clock clock;
    private final Path file;
    private final TransactionTemplate transactions;

    SampleChildcare(ChildcareRepository providers, Listings listings, DirectoryChanges changes, Clock clock,
            @Value("${familyhub.content.dir:content}") Path contentDir, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.providers = providers;
        this.listings = listings;
        this.changes = changes;
        this.clock = clock;
        this.file = contentDir.resolve("childcare").resolve("providers.json");
    }

    record SampleVacancy(String ageGroup, String day, int places, int updatedDaysAgo) {
    }

    record SampleFees(@Nullable BigDecimal perHour, @Nullable BigDecimal perSession, @Nullable BigDecimal perDay) {
    }

    record Sample(UUID serviceId, String providerType, @Nullable String ofstedUrn, @Nullable String register,
            @Nullable String inspectionGrade, @Nullable LocalDate inspectionDate, @Nullable String reportUrl,
            int minAgeMonths, int maxAgeMonths, List<String> openingDays, @Nullable LocalTime opensAt,
            @Nullable LocalTime closesAt, boolean allYear, @Nullable String schoolRuns, SampleFees fees,
            List<String> funded, @Nullable String sendExperience, List<SampleVacancy> vacancies) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Files.exists(file) || providers.count() > 0) {
            return;
        }
        List<Sample> samples;
        try (InputStream in = Files.newInputStream(file)) {
            samples = List.of(JSON.readValue(in, Sample[].class));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The sample childcare in " + file + " is not valid: " + e.getMessage(), e);
        }
        // The listeners of the content just loaded (sessions, index) are still writing about the same listings: a
        // deadlock between them and this transaction is MariaDB choosing a loser, so the whole load is tried again.
        Integer added = LockConflicts.retried("sample-childcare", ATTEMPTS,
                () -> transactions.execute(status -> load(samples)));
        LOG.info("event=sample-childcare-added providers={}", added);
    }

    private int load(List<Sample> samples) {
        Instant now = clock.instant();
        List<UUID> added = new java.util.ArrayList<>();
        for (Sample sample : samples) {
            if (listings.summary(sample.serviceId()).isEmpty()) {
                continue;
            }
            providers.save(facts(sample, now));
            providers.replaceVacancies(sample.serviceId(), sample.vacancies().stream()
                    .map(v -> new Vacancy(AgeGroup.ofCode(v.ageGroup()).orElseThrow(() -> new IllegalStateException(
                            "unknown age group '" + v.ageGroup() + "' in " + file)), v.day(), v.places(),
                            now.minus(Duration.ofDays(v.updatedDaysAgo()))))
                    .toList());
            added.add(sample.serviceId());
        }
        // The listings' own rows last, so they are locked for the shortest time.
        added.forEach(changes::publishedWithServiceChanged);
        return added.size();
    }

    private ChildcareFacts facts(Sample s, Instant now) {
        Set<Entitlement> funded = s.funded().stream().map(code -> Entitlement.ofCode(code).orElseThrow(
                () -> new IllegalStateException("unknown entitlement '" + code + "' in " + file)))
                .collect(Collectors.toSet());
        return new ChildcareFacts(s.serviceId(), ProviderType.ofCode(s.providerType()).orElseThrow(
                () -> new IllegalStateException("unknown provider type '" + s.providerType() + "' in " + file)),
                s.ofstedUrn(), s.register(), s.inspectionGrade(), s.inspectionDate(), s.reportUrl(), s.minAgeMonths(),
                s.maxAgeMonths(), s.openingDays(), s.opensAt(), s.closesAt(), s.allYear(), s.schoolRuns(),
                new Fees(s.fees().perHour(), s.fees().perSession(), s.fees().perDay(), now), funded,
                s.sendExperience(), List.of());
    }
}
