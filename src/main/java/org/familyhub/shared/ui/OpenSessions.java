package org.familyhub.shared.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions this node holds (Prometheus {@code familyhub_vaadin_sessions}): each one is memory
 * kept here and a family the load balancer must keep sending to this node, so a rolling restart waits for it.
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenSessions(MeterRegistry metrics) {
        Gauge.builder("familyhub.vaadin.sessions", open, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(metrics);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(ended -> open.decrementAndGet());
    }

    int open() {
        return open.get();
    }
}
