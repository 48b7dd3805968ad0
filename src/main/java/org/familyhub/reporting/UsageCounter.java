package org.familyhub.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.shared.Usage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts page views, searches and leaflet downloads without tracking people: a counter per day, kind, page group
 * and locality in memory, added to {@code usage_count} every few seconds in one batch. A page view costs a map
 * lookup and an increment, never a database write, so public pages stay as fast as before. Requests whose user
 * agent says it is a robot, or says nothing, are not counted. Nothing about the visitor is kept.
 */
@Component
public class UsageCounter {

    private static final Logger LOG = LoggerFactory.getLogger(UsageCounter.class);
    /** Crawlers, link checkers, uptime monitors and scripts announce themselves with one of these words. */
    private static final Pattern BOT = Pattern.compile(
            "bot|crawl|spider|slurp|preview|monitor|curl|wget|python|java/|httpclient|headless|lighthouse|scan",
            Pattern.CASE_INSENSITIVE);

    private final ConcurrentHashMap<Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final Clock clock;
    private volatile Map<String, String> localityCodes = Map.of();

    UsageCounter(JdbcTemplate jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    record Key(LocalDate day, Usage.Kind kind, String group, String locality) {
    }

    @EventListener
    void on(Usage usage) {
        if (isRobot(currentUserAgent())) {
            return;
        }
        String group = usage.group().length() > 80 ? usage.group().substring(0, 80) : usage.group();
        pending.computeIfAbsent(new Key(LocalDate.now(clock), usage.kind(), group, locality(usage.locality())),
                key -> new LongAdder()).increment();
    }

    /** True for a user agent of a robot or none at all; pages built without a request (tests) are people. */
    static boolean isRobot(@Nullable String userAgent) {
        return userAgent != null && (userAgent.isBlank() || BOT.matcher(userAgent).find());
    }

    private static @Nullable String currentUserAgent() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String agent = request.getHeader("User-Agent");
            return agent == null ? "" : agent;
        }
        return null;
    }

    /** A locality named by code or by name, as its code; '' for the whole area or one not known. */
    private String locality(@Nullable String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return "";
        }
        Map<String, String> codes = localityCodes;
        if (codes.isEmpty()) {
            codes = refreshLocalities();
        }
        return codes.getOrDefault(codeOrName.toLowerCase(Locale.ROOT), "");
    }

    /** A locality was renamed (#15): its new name is counted under its code from now on. */
    @org.springframework.context.event.EventListener
    void on(org.familyhub.directory.ReferenceDataChanged changed) {
        localityCodes = Map.of();
    }

    private Map<String, String> refreshLocalities() {
        Map<String, String> codes = new HashMap<>();
        for (LocalitySummary locality : directory.localities()) {
            codes.put(locality.code().toLowerCase(Locale.ROOT), locality.code());
            codes.put(locality.name().toLowerCase(Locale.ROOT), locality.code());
        }
        localityCodes = Map.copyOf(codes);
        return localityCodes;
    }

    /**
     * Adds what was counted since the last flush in one batch; what arrives meanwhile waits for the next one.
     * When the database does not answer, the counts are kept for the next try.
     */
    @Scheduled(initialDelayString = "${familyhub.reporting.usage-flush:5s}",
            fixedDelayString = "${familyhub.reporting.usage-flush:5s}")
    @PreDestroy
    public synchronized void flush() {
        LocalDate today = LocalDate.now(clock);
        Map<Key, Long> taken = new HashMap<>();
        pending.forEach((key, adder) -> {
            long count = adder.sumThenReset();
            if (count > 0) {
                taken.put(key, count);
            }
            if (key.day().isBefore(today)) {
                pending.remove(key, adder);
            }
        });
        if (taken.isEmpty()) {
            return;
        }
        List<Object[]> rows = taken.entrySet().stream().map(e -> new Object[] {e.getKey().day(),
                e.getKey().kind().name(), e.getKey().group(), e.getKey().locality(), e.getValue(), e.getValue()})
                .toList();
        try {
            jdbc.batchUpdate("insert into usage_count (day, kind, page_group, locality_code, count)"
                    + " values (?, ?, ?, ?, ?) on duplicate key update count = count + ?", rows);
        } catch (RuntimeException failed) {
            taken.forEach((key, count) -> pending.computeIfAbsent(key, k -> new LongAdder()).add(count));
            LOG.warn("event=usage-flush-failed counters={} cause={}", taken.size(), failed.getClass().getSimpleName());
        }
    }
}
