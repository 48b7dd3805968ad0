package org.familyhub.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.familyhub.shared.Failures;
import org.familyhub.shared.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a click or other action on a page fails (say the database is down), the family is told so calmly
 * with the number to call, instead of nothing happening. What they typed stays where it was. Operators get
 * one log line with the cause.
 */
@Component
class ActionFailureNotice implements VaadinServiceInitListener {

    static final int SHOWN_FOR_MS = 15_000;
    private static final Logger LOG = LoggerFactory.getLogger(ActionFailureNotice.class);

    private final PortalProperties portal;

    ActionFailureNotice(PortalProperties portal) {
        this.portal = portal;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        Notice notice = new Notice(portal.frontDoorPhone());
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(notice));
    }

    /** Kept in each session, so it holds only the number to call (serialisable), not the Spring bean. */
    record Notice(String phone) implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            LOG.error("event=action-failed outage={}", Failures.isOutage(event.getThrowable()), event.getThrowable());
            UI ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            Notification notice = new Notification(ui.getTranslation("failure.action", phone), SHOWN_FOR_MS,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notice.addClassName("action-failure");
            notice.open();
        }
    }
}
