package org.familyhub.frontdoor.ui;

import com.vaadin.flow.component.Component;
import org.familyhub.frontdoor.Outcome;
import org.familyhub.frontdoor.RequestStatus;
import org.jspecify.annotations.Nullable;

/**
 * The words staff read for a request's codes, one place for the inbox, a request and "My referrals": a closed
 * request says how it ended ("Closed: family helped"), never {@code CLOSED · HELPED}.
 */
final class RequestWords {

    private RequestWords() {
    }

    static String status(Component screen, RequestStatus status, @Nullable Outcome outcome) {
        return status == RequestStatus.CLOSED && outcome != null
                ? screen.getTranslation("frontdoor.closed." + outcome.name())
                : screen.getTranslation("frontdoor.status." + status.name());
    }

    /** A line of a request's history: who, in words for the family and the system, and what they did. */
    static String actor(Component screen, String actor) {
        return switch (actor) {
            case "family" -> screen.getTranslation("frontdoor.actor.family");
            case "system" -> screen.getTranslation("frontdoor.actor.system");
            default -> actor;
        };
    }

    static String action(Component screen, String action, @Nullable String detail) {
        String words = screen.getTranslation("frontdoor.action." + action);
        if (detail == null) {
            return words;
        }
        if ("CLOSED".equals(action)) {
            try {
                return screen.getTranslation("frontdoor.closed." + Outcome.valueOf(detail).name());
            } catch (IllegalArgumentException notAnOutcome) {
                return words + ": " + detail;
            }
        }
        return words + ": " + detail;
    }
}
