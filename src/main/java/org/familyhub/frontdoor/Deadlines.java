package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * When a request's next target falls, by the application's clock and zone: the first reply within
 * {@code response-working-days}, then a named worker within {@code allocation-working-days}, both counted from
 * the day of arrival as the confirmation page and the report card count them.
 */
@Component
class Deadlines {

    private final FrontDoorProperties properties;
    private final Clock clock;

    Deadlines(FrontDoorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    Optional<Due> of(RequestStatus status, Instant createdAt, @Nullable Instant firstResponseAt,
            @Nullable Instant allocatedAt) {
        if (!status.isOpen() || allocatedAt != null) {
            return Optional.empty();
        }
        Due.Target target = firstResponseAt == null ? Due.Target.FIRST_RESPONSE : Due.Target.ALLOCATION;
        LocalDate by = WorkingDays.after(createdAt.atZone(clock.getZone()).toLocalDate(), workingDays(target));
        return Optional.of(new Due(target, by, by.isBefore(today())));
    }

    /** Requests that arrived before this instant have missed the target today. */
    Instant cutoff(Due.Target target) {
        int days = workingDays(target);
        LocalDate today = today();
        LocalDate arrival = today;
        // The target day only moves forward with the day of arrival: step back to the first day still in time.
        while (!WorkingDays.after(arrival.minusDays(1), days).isBefore(today)) {
            arrival = arrival.minusDays(1);
        }
        return arrival.atStartOfDay(clock.getZone()).toInstant();
    }

    int[] dueDays(Due.Target target) {
        return WorkingDays.dueDays(workingDays(target));
    }

    private LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    long daysSince(Instant at) {
        return Math.max(0, ChronoUnit.DAYS.between(day(at), today()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private int workingDays(Due.Target target) {
        return target == Due.Target.FIRST_RESPONSE ? properties.responseWorkingDays()
                : properties.allocationWorkingDays();
    }
}
