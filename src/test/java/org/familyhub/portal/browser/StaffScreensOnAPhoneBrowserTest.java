package org.familyhub.portal.browser;

import java.util.List;

import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff screens that broke on a phone or after one use (#15 item 7), in a real browser at 390 px: the referral form's
 * labels are whole and ask for the family's details, not the professional's; the mailbox wraps a long address instead
 * of widening the page; a page not open to the person says so in
 * words. Axe on each at 390 px.
 */
@BrowserTest
class StaffScreensOnAPhoneBrowserTest {

    /** Every label on the page cut short by its box: its text wider than what shows. */
    static final String CUT_LABELS = """
            return Array.from(document.querySelectorAll(
                'vaadin-text-field, vaadin-text-area, vaadin-date-picker, vaadin-select, vaadin-checkbox, vaadin-radio-group'))
              .map(f => f.querySelector('label') || (f.shadowRoot && f.shadowRoot.querySelector('[part=label]')))
              .filter(l => l && l.textContent.trim() && l.scrollWidth > l.clientWidth + 1)
              .map(l => l.textContent.trim());""";
    static final String PAGE_WIDER_THAN_SCREEN =
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth;";

    @LocalServerPort
    int port;
    @Autowired
    Mail mail;

    private Chromium browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theReferralFormAsksForTheFamilysDetailsWithWholeLabels() {
        browser = Chromium.signedInAs(port, "professional");
        browser.resize(Chromium.PHONE);
        browser.open("refer?service=0f9577b5-7755-563e-8932-04372ac57b4f");

        String form = browser.find(".referral-form").getText();
        assertThat(form).contains("The family's postcode", "The family's e-mail address", "The family's phone number")
                .doesNotContain("Your postcode");
        assertThat((List<?>) browser.js(CUT_LABELS)).as("labels cut off").isEmpty();
        assertThat(browser.js(PAGE_WIDER_THAN_SCREEN)).as("page wider than the phone").isEqualTo(false);
        assertThat(Axe.violations(browser)).isEmpty();
    }

    @Test
    void theMailboxWrapsALongAddressOnAPhone() {
        mail.queue(new Email("someone@example.org", "A long link",
                "Open https://portal.example.org/alerts/confirm?token=" + "x".repeat(120) + " to confirm."));
        browser = Chromium.signedInAs(port, "admin");
        browser.resize(Chromium.PHONE);
        browser.open("admin/mailbox");

        assertThat(browser.text()).contains("A long link");
        assertThat(browser.js(PAGE_WIDER_THAN_SCREEN)).as("page wider than the phone").isEqualTo(false);
        assertThat(Axe.violations(browser)).isEmpty();
    }

    @Test
    void aPageNotOpenToThePersonSaysSoInWords() {
        browser = Chromium.signedInAs(port, "editor");
        browser.resize(Chromium.PHONE);
        browser.open("admin/feeds");

        assertThat(browser.text()).contains("We cannot find that page", "sign in with an account that may open it")
                .doesNotContain("Available routes", "Exception");
        assertThat(Axe.violations(browser)).isEmpty();
    }
}
