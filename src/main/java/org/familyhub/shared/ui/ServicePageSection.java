package org.familyhub.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;

/**
 * A part of every service page that another module owns: "ask for help with this service", "report a
 * problem with this page", service feedback. The service page shows every such bean, in {@link #order()}.
 * Implementations are Spring beans and create new components on each call.
 */
public interface ServicePageSection {

    /** Lower comes first. */
    int order();

    Component create(UUID serviceId, String serviceName);
}
