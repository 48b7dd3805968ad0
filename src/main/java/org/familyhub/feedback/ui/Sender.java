package org.familyhub.feedback.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** Who sends a public form, for the rate limit: the client's address as the server sees it. */
final class Sender {

    private Sender() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null) {
            return session.getBrowser().getAddress();
        }
        return "unknown";
    }
}
