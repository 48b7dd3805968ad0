package org.familyhub.faults;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.familyhub.portal.browser.Chromium;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * A family asking for help through the real six-step form in headless Chromium, and what the page told
 * them after they pressed Send: a reference, a message to try again, or nothing. Every wait has a limit.
 */
final class FamilyInBrowser implements AutoCloseable {

    private static final Duration STEP = Duration.ofSeconds(25);
    private static final Duration ANSWER = Duration.ofSeconds(30);

    // What a family can see: the confirmation's reference, an alert or notification in the page (the form's
    // own messages, a failure message), Vaadin's "connection lost" indicator. Null while the page shows none.
    private static final String WHAT_THE_PAGE_SAYS = """
            const reference = document.querySelector('.reference');
            if (reference && reference.textContent.match(/FH-[A-Z0-9]{4}-[A-Z0-9]{4}/)) {
              return 'ACK ' + reference.textContent.match(/FH-[A-Z0-9]{4}-[A-Z0-9]{4}/)[0];
            }
            const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
            const said = [...document.querySelectorAll('[role=alert], vaadin-notification-card, .v-system-error')]
                .filter(e => visible(e) && e.textContent.trim().length > 0).map(e => e.textContent.trim());
            if (said.length) {
              return 'SAID ' + said.join(' | ');
            }
            const indicator = document.querySelector('vaadin-connection-indicator');
            if (indicator && (indicator.hasAttribute('reconnecting') || indicator.hasAttribute('offline'))) {
              return 'SAID the connection to the portal was lost (' + indicator.textContent.trim() + ')';
            }
            return null;""";

    // The booking form's answer: its heading (booked or waiting list) and the reference; or what the page said.
    private static final String WHAT_THE_BOOKING_PAGE_SAYS = """
            const reference = document.querySelector('.reference');
            const found = reference && reference.textContent.match(/BK-[A-Z0-9]{4}-[A-Z0-9]{4}/);
            if (found) {
              const heading = document.querySelector('h1');
              return 'ACK ' + found[0] + ' ' + (heading ? heading.textContent.trim() : '');
            }
            const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
            const said = [...document.querySelectorAll('[role=alert], vaadin-notification-card, .v-system-error')]
                .filter(e => visible(e) && e.textContent.trim().length > 0).map(e => e.textContent.trim());
            return said.length ? 'SAID ' + said.join(' | ') : null;""";

    /** How one attempt ended, as the family saw it. */
    enum Ending {
        /** A reference on the confirmation page. */
        ACKNOWLEDGED,
        /** The page said it did not go (an error, a refusal, the connection lost). */
        TOLD_TO_RETRY,
        /** Send pressed and the page said nothing: no reference, no message. */
        SILENT_AFTER_SEND,
        /** The form stopped moving before Send, without a word. */
        STOPPED_BEFORE_SEND
    }

    record Attempt(String email, Ending ending, @Nullable String reference, String detail) {
    }

    private final String base;
    private @Nullable Chromium browser;

    FamilyInBrowser(String base) {
        this.base = base;
    }

    /** False when the portal does not even serve the form (connection refused): nothing was attempted. */
    boolean openForm() {
        try {
            browser().driver().get(base + "ask-for-help");
            return until(STEP, () -> Boolean.TRUE.equals(browser().js(
                    "return !!document.querySelector('.step-counter') && !!document.querySelector('vaadin-text-field')"
                            // The server's first copy of the page is inert; the live form is drawn when it is gone.
                            + " && !document.getElementById('first-paint')")));
        } catch (WebDriverException unreachable) {
            return false;
        }
    }

    /** Fills in the form opened by {@link #openForm()} and presses Send. */
    Attempt ask(String email) {
        try {
            String stopped = fillIn(email);
            if (stopped != null) {
                String said = pageSays();
                return said == null ? new Attempt(email, Ending.STOPPED_BEFORE_SEND, null, stopped)
                        : told(email, said);
            }
            return answerToSend(email);
        } catch (WebDriverException broken) {
            // The page itself went (the portal vanished mid-request): Chromium shows its own error page.
            return new Attempt(email, Ending.TOLD_TO_RETRY, null, "browser error: " + firstLine(broken.getMessage()));
        }
    }

    /**
     * Books a place on the first course the programme's page offers: the page's own link, the short form, Book.
     * Acknowledged with a reference either way; the detail says "booked" or "waiting list".
     */
    Attempt book(String programme, String email) {
        try {
            browser().driver().get(base + "services/" + programme);
            // Read in one go: the server's first copy of the page is replaced by the live one in between.
            String[] href = new String[1];
            if (!until(STEP, () -> (href[0] = (String) browser().js("""
                    const link = document.querySelector("a[href^='book-course/']");
                    return link ? link.getAttribute('href') : null;""")) != null)) {
                return new Attempt(email, Ending.STOPPED_BEFORE_SEND, null, "no course to book on the programme's page");
            }
            browser().driver().get(base + href[0]);
            if (!until(STEP, () -> Boolean.TRUE.equals(browser().js(
                    "return !!document.querySelector('#booking-send') && !document.getElementById('first-paint')")))) {
                return new Attempt(email, Ending.STOPPED_BEFORE_SEND, null, "the booking form did not come");
            }
            typeInto("#booking-name", "Faults Parent");
            typeInto("#booking-email", email);
            typeInto("#booking-ages", "3");
            browser().js("const c = document.querySelector('#booking-consent input'); if (!c.checked) { c.click(); }");
            browser().js("document.querySelector('#booking-send').click()");
            String[] said = new String[1];
            if (!until(ANSWER, () -> (said[0] = (String) browser().js(WHAT_THE_BOOKING_PAGE_SAYS)) != null)) {
                return new Attempt(email, Ending.SILENT_AFTER_SEND, null, "no reference and no message within " + ANSWER);
            }
            if (!said[0].startsWith("ACK ")) {
                return told(email, said[0]);
            }
            String[] parts = said[0].split(" ", 3);
            return new Attempt(email, Ending.ACKNOWLEDGED, parts[1],
                    parts.length > 2 && parts[2].contains("waiting list") ? "waiting list" : "booked");
        } catch (WebDriverException broken) {
            return new Attempt(email, Ending.TOLD_TO_RETRY, null, "browser error: " + firstLine(broken.getMessage()));
        }
    }

    private void typeInto(String fieldId, String text) {
        WebElement input = browser().driver().findElement(By.cssSelector(fieldId + " input"));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private @Nullable String fillIn(String email) {
        type("vaadin-text-field", "Your name", "Faults Family");
        if (!next(2)) {
            return "step 1 did not move on";
        }
        type("vaadin-integer-field", "Age of child 1, in years", "4");
        if (!next(3)) {
            return "step 2 did not move on";
        }
        type("vaadin-text-area", "In your own words, what would help your family?", "Help with bedtimes, please.");
        if (!next(4)) {
            return "step 3 did not move on";
        }
        type("vaadin-text-field", "Your postcode", "CW1 3AB");
        if (!next(5)) {
            return "step 4 did not move on";
        }
        choose("vaadin-checkbox-group", "How may we contact you?", "E-mail");
        choose("vaadin-checkbox-group", "How may we contact you?", "Phone call");
        type("vaadin-text-field", "E-mail address", email);
        type("vaadin-text-field", "Phone number", "01270 123456");
        choose("vaadin-radio-group", "Is it safe for us to leave a message?", "Yes");
        if (!next(6)) {
            return "step 5 did not move on";
        }
        choose("vaadin-radio-group", "May we share what you told us with the services that can help?", "Yes");
        press("Send my request");
        return null;
    }

    private Attempt answerToSend(String email) {
        String[] said = new String[1];
        boolean answered = until(ANSWER, () -> (said[0] = pageSays()) != null);
        if (!answered) {
            return new Attempt(email, Ending.SILENT_AFTER_SEND, null, "no reference and no message within " + ANSWER);
        }
        return said[0].startsWith("ACK ") ? new Attempt(email, Ending.ACKNOWLEDGED, said[0].substring(4), "")
                : told(email, said[0]);
    }

    private static Attempt told(String email, String said) {
        return new Attempt(email, Ending.TOLD_TO_RETRY, null, said.replaceFirst("^SAID ", ""));
    }

    private @Nullable String pageSays() {
        try {
            return (String) browser().js(WHAT_THE_PAGE_SAYS);
        } catch (WebDriverException e) {
            return "SAID browser error: " + firstLine(e.getMessage());
        }
    }

    private void type(String tag, String label, String text) {
        WebElement input = (WebElement) browser().js("""
                const field = [...document.querySelectorAll(arguments[0])].find(f => f.label === arguments[1]);
                return field ? field.querySelector('input, textarea') : null;""", tag, label);
        if (input == null) {
            throw new WebDriverException("no field labelled '" + label + "'");
        }
        input.clear();
        // Tab away, as a person moves on: Vaadin sends a field's value when it changes on leaving it.
        input.sendKeys(text, Keys.TAB);
    }

    private void choose(String groupTag, String groupLabel, String option) {
        browser().js("""
                const group = [...document.querySelectorAll(arguments[0])].find(g => g.label === arguments[1]);
                const item = group && [...group.querySelectorAll('vaadin-checkbox, vaadin-radio-button')]
                    .find(i => i.textContent.trim() === arguments[2] || i.label === arguments[2]);
                if (!item) { throw new Error('no option ' + arguments[2] + ' in ' + arguments[1]); }
                const input = item.querySelector('input');
                if (!input.checked) { input.click(); }""", groupTag, groupLabel, option);
    }

    private void press(String text) {
        browser().js("""
                const button = [...document.querySelectorAll('vaadin-button')]
                    .find(b => b.textContent.trim() === arguments[0] && b.offsetParent !== null);
                if (!button) { throw new Error('no button ' + arguments[0]); }
                button.click();""", text);
    }

    /** Presses Continue and waits for the step counter to reach {@code step}; false if it does not. */
    private boolean next(int step) {
        press("Continue");
        until(STEP, () -> onStep(step) || pageSays() != null);
        return onStep(step);
    }

    private boolean onStep(int step) {
        return ("Step " + step + " of 6").equals(browser().js(
                "const c = document.querySelector('.step-counter'); return c ? c.textContent.trim() : null;"));
    }

    private static boolean until(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (WebDriverException notYet) {
                // a page between two states: look again
            }
            Pause.of(Duration.ofMillis(200));
        }
        return false;
    }

    /**
     * Sends this family to one node behind the load balancer: its affinity cookie, as if that node had served
     * them first. Answers false when the load balancer did not serve even a robots.txt to set it on.
     */
    boolean stickTo(String cookie, String node) {
        try {
            browser().driver().get(base + "robots.txt");
            browser().driver().manage().addCookie(new Cookie(cookie, node, "/"));
            return true;
        } catch (WebDriverException unreachable) {
            return false;
        }
    }

    /** The value of a cookie the browser holds for the portal now (e.g. which node the load balancer chose). */
    @Nullable String cookie(String name) {
        try {
            Cookie cookie = browser().driver().manage().getCookieNamed(name);
            return cookie == null ? null : cookie.getValue();
        } catch (WebDriverException unreachable) {
            return null;
        }
    }

    private Chromium browser() {
        if (browser == null) {
            browser = new Chromium(base, Chromium.PHONE);
            browser.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        }
        return browser;
    }

    private static String firstLine(@Nullable String text) {
        return text == null ? "" : List.of(text.split("\n")).getFirst();
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
    }
}
