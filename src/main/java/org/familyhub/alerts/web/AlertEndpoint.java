package org.familyhub.alerts.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.familyhub.alerts.SearchAlerts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plain HTML forms of saved searches post here, so they work without JavaScript, and mail programs send RFC 8058
 * one-click unsubscribes here. Public (families have no account) and under {@code /api}, whose requests never carry a
 * session: there is nothing for another site to forge, as each confirm or unsubscribe needs the link's own secret.
 * <p>
 * A GET never changes anything: mail scanners open links to check them, and would otherwise confirm or unsubscribe
 * on the parent's behalf. The links in the e-mails open a page with a button; the button posts here.
 */
@RestController
class AlertEndpoint {

    private final SearchAlerts alerts;

    AlertEndpoint(SearchAlerts alerts) {
        this.alerts = alerts;
    }

    @PostMapping(path = "/api/alerts", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> signUp(@RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "en") String language) {
        SearchAlerts.SignUp outcome;
        try {
            outcome = alerts.signUp(email, query, language);
        } catch (IllegalArgumentException refusedByTheOutbox) {
            // The outbox reads addresses more strictly than the form's plain check; the sign-up was rolled back.
            outcome = SearchAlerts.SignUp.BAD_ADDRESS;
        }
        String step = switch (outcome) {
            case SENT -> "sent";
            case BAD_ADDRESS -> "bad-address";
            case BAD_SEARCH -> "bad-search";
            case TOO_MANY -> "too-many";
        };
        return page(step, outcome == SearchAlerts.SignUp.SENT ? "" : "&query=" + encode(query));
    }

    @PostMapping("/api/alerts/confirm")
    ResponseEntity<Void> confirm(@RequestParam(defaultValue = "") String token) {
        return page(alerts.confirm(token) ? "confirmed" : "gone", "");
    }

    /**
     * The one-click unsubscribe (a mail program posts {@code List-Unsubscribe=One-Click}, and gets a plain 200) and
     * the page's button (which is sent on to the page that says it is done).
     */
    @PostMapping("/api/alerts/unsubscribe")
    ResponseEntity<?> unsubscribe(@RequestParam(defaultValue = "") String token,
            @RequestParam(name = "List-Unsubscribe", required = false) @Nullable String oneClick) {
        boolean deleted = alerts.unsubscribe(token);
        if ("One-Click".equals(oneClick)) {
            return deleted ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed and deleted.")
                    : ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                            .body("No such alert.");
        }
        return page(deleted ? "unsubscribed" : "gone", "");
    }

    /** Someone opened the header's address in a browser: the page with the button, never an unsubscribe by itself. */
    @GetMapping("/api/alerts/unsubscribe")
    ResponseEntity<Void> unsubscribePage(@RequestParam(defaultValue = "") String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/alerts/unsubscribe?token=" + encode(token))).build();
    }

    private static ResponseEntity<Void> page(String step, String more) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/alerts/" + step
                + (more.isEmpty() ? "" : "?" + more.substring(1)))).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
