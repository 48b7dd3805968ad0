package org.familyhub.shared.server;

import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The servers this node started itself (none with an external database and search cluster), as the supervisor
 * last saw them: all up is {@code UP}; one being restarted is {@code OUT_OF_SERVICE}; one stopped is
 * {@code DOWN}.
 */
@Component("embeddedServersHealthIndicator")
class EmbeddedServersHealthIndicator implements HealthIndicator {

    private final EmbeddedServerSupervisor supervisor;

    EmbeddedServersHealthIndicator(EmbeddedServerSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Health health() {
        Map<String, ServerState> states = supervisor.states();
        Status status = states.containsValue(ServerState.DOWN) ? Status.DOWN
                : states.containsValue(ServerState.RESTARTING) ? Status.OUT_OF_SERVICE : Status.UP;
        return Health.status(status).withDetails(Map.copyOf(states)).build();
    }
}
