package org.familyhub.portal.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date typed the British way is read the British way by the picker in a real browser: a professional
 * recording when consent was given types {@code 1/12/2026} and gets 1 December 2026, not 12 January.
 */
@BrowserTest
class StaffDateEntryBrowserTest {

    @LocalServerPort
    int port;

    private Chromium browser;

    @BeforeEach
    void signIn() {
        browser = Chromium.signedInAs(port, "professional");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void oneSlashTwelveIsTheFirstOfDecember() {
        browser.open("refer?service=0f9577b5-7755-563e-8932-04372ac57b4f");
        WebElement consentDate = browser.find("vaadin-date-picker input");

        consentDate.sendKeys("1/12/2026");
        consentDate.sendKeys(Keys.ENTER);
        browser.settle();

        Object state = browser.js("const p = document.querySelector('vaadin-date-picker');"
                + " return JSON.stringify({value: p.value, text: p.inputElement.value, invalid: p.invalid,"
                + " formats: p.i18n && p.i18n.dateFormats, max: p.max});");
        assertThat(browser.js("return document.querySelector('vaadin-date-picker').value")).as("%s", state)
                .isEqualTo("2026-12-01");
        assertThat(consentDate.getDomProperty("value")).isEqualTo("1 December 2026");
    }
}
