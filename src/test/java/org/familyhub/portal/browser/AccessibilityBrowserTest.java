package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA in a real browser: axe-core finds no violation on any public page, on a desktop and on
 * a phone; and the main journey works with the keyboard alone, with the focus always visible.
 */
@BrowserTest
class AccessibilityBrowserTest {

    static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";

    /** Every public page, in each of its states a family meets. */
    static final List<String> ROUTES = List.of(
            "",
            "search?q=stay+and+play",
            "search?q=stay+and+play+crewe&free=true&day=TU&postcode=CW1+4RL&sort=distance",
            "search?q=zzqxv+wibble",
            "search?q=my+partner+hit+me+and+my+son+wants+to+kill+himself",
            // A need read from the words, whose chip ("Also looking for: speech and language") is wider than a phone.
            "search?q=moje+dziecko+si%C4%99+j%C4%85ka",
            "search?q=group&view=map",
            "services/" + MONKS_STAY_AND_PLAY,
            "localities/crewe-nantwich",
            "categories/send",
            "centres",
            "venues/" + MONKS_CENTRE,
            "shortlist",
            "shortlist?ids=" + MONKS_STAY_AND_PLAY,
            "ask-for-help",
            "ask-for-help?service=" + MONKS_STAY_AND_PLAY,
            "feedback/practitioner",
            "login");

    private static Chromium browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Chromium browser(Dimension size) {
        if (browser == null) {
            browser = new Chromium(port, size);
        }
        browser.resize(size);
        return browser;
    }

    @Test
    void everyPublicPageHasNoAxeViolationsOnADesktopOrAPhone() {
        Map<String, List<String>> failures = new java.util.LinkedHashMap<>();
        for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            Chromium chromium = browser(size);
            for (String route : ROUTES) {
                chromium.open(route);
                List<String> violations = Axe.violations(chromium);
                if (!violations.isEmpty()) {
                    failures.put(size.width + "px /" + route, violations);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        failures.forEach((page, violations) -> report.append("\n").append(page).append("\n    ")
                .append(String.join("\n    ", violations)));
        assertThat(failures).as("axe-core violations (WCAG 2.0/2.1/2.2 A and AA):%s", report).isEmpty();
    }

    /**
     * WCAG 1.4.10 (reflow) and issue 18: at 320 CSS pixels wide, the narrowest phone the criterion names, no
     * public page scrolls sideways; the elements wider than the window are named when one does.
     */
    @Test
    void everyPublicPageFitsA320PixelScreenWithoutScrollingSideways() {
        Map<String, Object> overflowing = new java.util.LinkedHashMap<>();
        Chromium chromium = browser(new Dimension(320, 720));
        chromium.open("");
        assertThat(((Number) chromium.js("return window.innerWidth")).intValue()).as("the window is 320 px wide")
                .isLessThanOrEqualTo(320);
        for (String route : ROUTES) {
            chromium.open(route);
            Object wide = chromium.js("""
                    if (document.documentElement.scrollWidth <= window.innerWidth) { return null; }
                    return [...document.querySelectorAll('main *')]
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className).join(', ')
                        || 'something outside main';""");
            if (wide != null) {
                overflowing.put(route, wide);
            }
        }
        assertThat(overflowing).as("pages wider than a 320 px screen").isEmpty();
    }

    @Test
    void theMainJourneyWorksByKeyboardWithTheFocusVisibleAndInOrder() {
        Chromium chromium = browser(Chromium.DESKTOP);
        chromium.open("");
        WebElement body = chromium.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(focusedText(chromium)).isEqualTo("Skip to main content");
        assertFocusVisible(chromium);

        List<Double> positions = new ArrayList<>();
        String reached = "";
        for (int i = 0; i < 15 && !"search-words".equals(reached); i++) {
            active(chromium).sendKeys(Keys.TAB);
            assertFocusVisible(chromium);
            positions.add(top(chromium));
            reached = focusedId(chromium);
        }
        assertThat(reached).as("the search box is reached by TAB").isEqualTo("search-words");
        for (int i = 1; i < positions.size(); i++) {
            // Header items share a row and differ by a few pixels of baseline; nothing jumps back up the page.
            assertThat(positions.get(i)).as("focus moves down the page, step %d", i)
                    .isGreaterThan(positions.get(i - 1) - 24);
        }

        active(chromium).sendKeys("stay and play crewe");
        active(chromium).sendKeys(Keys.ENTER);
        chromium.waitFor(d -> d.getCurrentUrl().contains("search?q=stay"));
        chromium.settle();

        // TAB to "skip the filters", follow it, then TAB on to the first result and open it with Enter.
        boolean skipped = false;
        for (int i = 0; i < 30 && !skipped; i++) {
            active(chromium).sendKeys(Keys.TAB);
            assertFocusVisible(chromium);
            skipped = "skip-to-results".equals(focusedId(chromium));
        }
        assertThat(skipped).as("'Skip the filters' is reached by TAB").isTrue();
        active(chromium).sendKeys(Keys.ENTER);
        chromium.waitFor(d -> "result-list".equals(focusedId(chromium)));
        String opened = null;
        for (int i = 0; i < 10 && opened == null; i++) {
            active(chromium).sendKeys(Keys.TAB);
            assertFocusVisible(chromium);
            String href = (String) chromium.js("const a = document.activeElement; return a && a.closest('.service-card-title') ? a.getAttribute('href') : null;");
            if (href != null) {
                opened = href;
            }
        }
        assertThat(opened).as("a result is reached by TAB").isNotNull();
        active(chromium).sendKeys(Keys.ENTER);
        chromium.waitFor(d -> d.getCurrentUrl().contains("/services/"));
        chromium.settle();

        String toggle = null;
        for (int i = 0; i < 20 && toggle == null; i++) {
            active(chromium).sendKeys(Keys.TAB);
            assertFocusVisible(chromium);
            if ("shortlist-toggle".equals(focusedId(chromium))) {
                toggle = "found";
            }
        }
        assertThat(toggle).as("'Add to my shortlist' is reached by TAB").isNotNull();
        active(chromium).sendKeys(Keys.ENTER);
        chromium.waitFor(d -> chromium.find("#shortlist-toggle").getText().contains("Remove from my shortlist"));
    }

    private static WebElement active(Chromium chromium) {
        return chromium.driver().switchTo().activeElement();
    }

    private static String focusedText(Chromium chromium) {
        return active(chromium).getText().strip();
    }

    private static String focusedId(Chromium chromium) {
        return (String) chromium.js("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                // A Vaadin field's own <input> has a generated id; the field around it has ours.
                const host = e && (e.closest('vaadin-text-field, vaadin-email-field, vaadin-button, vaadin-checkbox')
                    || e.closest('[id]'));
                return host ? host.id : '';""");
    }

    private static double top(Chromium chromium) {
        return ((Number) chromium.js("""
                const r = document.activeElement.getBoundingClientRect();
                return r.top + window.scrollY;""")).doubleValue();
    }

    /** An outline, a ring (box-shadow) or Vaadin's focus-ring attribute: something a sighted keyboard user sees. */
    private static void assertFocusVisible(Chromium chromium) {
        Object visible = chromium.js("""
                const e = document.activeElement;
                if (!e || e === document.body) { return 'nothing has the focus'; }
                if (e.closest('[focus-ring]')) { return true; }
                const inner = e.shadowRoot && e.shadowRoot.activeElement ? e.shadowRoot.activeElement : e;
                for (const el of [e, inner, e.parentElement]) {
                  if (!el) continue;
                  const s = getComputedStyle(el);
                  if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none')) {
                    return true;
                  }
                }
                return e.outerHTML.substring(0, 200);""");
        assertThat(visible).as("the focused element shows its focus").isEqualTo(true);
    }
}
