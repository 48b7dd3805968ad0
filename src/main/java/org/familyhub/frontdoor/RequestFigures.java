package org.familyhub.frontdoor;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the report card counts about requests for help, per locality: how many arrived in a period, how
 * quickly they were answered and allocated, and how they ended. Only counts and times, never people, so
 * it stays the same after the retention purge.
 */
@Service
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class RequestFigures {

    private final HelpRequestRepository requests;

    RequestFigures(HelpRequestRepository requests) {
        this.requests = requests;
    }

    /**
     * @param medianToFirstResponse among those answered; null when none was
     * @param medianToAllocation    among those allocated; null when none was
     */
    public record LocalityFigures(String localityCode, long received, long selfReferrals, long referrals,
            long safeguarding, @Nullable Duration medianToFirstResponse, @Nullable Duration medianToAllocation,
            Map<Outcome, Long> outcomes) {
    }

    /** Requests that arrived from {@code from} (inclusive) to {@code to} (exclusive), by locality code. */
    @Transactional(readOnly = true)
    public List<LocalityFigures> arrivedBetween(Instant from, Instant to) {
        Map<String, List<HelpRequest>> byLocality = requests.findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(from, to)
                .stream().collect(Collectors.groupingBy(HelpRequest::getLocalityCode, TreeMap::new, Collectors.toList()));
        return byLocality.entrySet().stream().map(entry -> figures(entry.getKey(), entry.getValue())).toList();
    }

    private static LocalityFigures figures(String locality, List<HelpRequest> arrived) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        arrived.stream().map(HelpRequest::getOutcome).filter(Objects::nonNull)
                .forEach(outcome -> outcomes.merge(outcome, 1L, Long::sum));
        return new LocalityFigures(locality, arrived.size(),
                arrived.stream().filter(r -> r.getKind() == RequestKind.SELF_REFERRAL).count(),
                arrived.stream().filter(r -> r.getKind() == RequestKind.PROFESSIONAL_REFERRAL).count(),
                arrived.stream().filter(HelpRequest::isSafeguarding).count(),
                median(arrived.stream().filter(r -> r.getFirstResponseAt() != null)
                        .map(r -> Duration.between(r.getCreatedAt(), r.getFirstResponseAt())).toList()),
                median(arrived.stream().filter(r -> r.getAllocatedAt() != null)
                        .map(r -> Duration.between(r.getCreatedAt(), r.getAllocatedAt())).toList()),
                outcomes);
    }

    private static @Nullable Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
