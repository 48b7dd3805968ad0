package org.familyhub.portal.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent on a phone puts three services on the shortlist and prints it: the paper says when each next meets,
 * where (with the postcode) and whom to ring. The list passes axe on a phone and a desktop.
 */
@BrowserTest
class ShortlistBrowserTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String HEALTH_VISITING_CREWE = "a9ddc7cf-1a6e-57a3-ad96-92dcc3178b3c";
    private static final String FAMILY_INFORMATION = "5727125b-52ee-5305-b1ff-c59a1e5a1df7";

    @LocalServerPort
    int port;

    private Chromium browser;

    @BeforeEach
    void open() {
        browser = new Chromium(port, Chromium.PHONE);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void threeServicesOnTheShortlistPrintWithTimesAddressesAndPhones() {
        for (String id : List.of(MONKS_STAY_AND_PLAY, HEALTH_VISITING_CREWE, FAMILY_INFORMATION)) {
            browser.open("services/" + id);
            browser.find("#shortlist-toggle").click();
            browser.waitFor(d -> browser.find("#shortlist-toggle").getText().contains("Remove from my shortlist"));
        }
        browser.open("shortlist");
        assertThat(browser.driver().findElements(By.cssSelector("#shortlist-list > li"))).hasSize(3);
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth")).as("no sideways scroll with the remove buttons").isTrue();

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.find(".page-tools").isDisplayed()).as("tools are left out of print").isFalse();
            assertThat(browser.find(".shortlist-email").isDisplayed()).isFalse();
            WebElement list = browser.find("#shortlist-list");
            assertThat(list.isDisplayed()).isTrue();
            String printed = list.getText();
            assertThat(printed).contains("Stay and Play at Monks Coppenhall", "Tuesday 8 December, 9:30 to 11:00",
                    "Term time only", "Coleridge Way, Crewe, CW1 4RL", "01270 000 010",
                    "Health Visiting (Crewe and Nantwich)", "0300 000 017",
                    "Family Information Service", "Opening hours", "0300 000 012",
                    "/services/" + FAMILY_INFORMATION);
            assertThat(list.findElements(By.cssSelector(".entry-facts"))).hasSize(3)
                    .allSatisfy(facts -> assertThat(facts.isDisplayed()).isTrue());
            assertThat(browser.driver().findElement(By.cssSelector(".safeguarding")).isDisplayed()).isTrue();
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aShortlistOfThreeHasNoAxeViolationsOnAPhoneOrADesktop() {
        String route = "shortlist?ids=" + String.join(",", MONKS_STAY_AND_PLAY, HEALTH_VISITING_CREWE,
                FAMILY_INFORMATION);
        for (var size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            browser.resize(size);
            browser.open(route);
            assertThat(browser.find("#shortlist-list").getText()).contains("Next sessions", "Address");
            assertThat(Axe.violations(browser)).as("axe at %d px", size.getWidth()).isEmpty();
            assertThat((Boolean) browser.js("return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth")).as("no sideways scroll at %d px", size.getWidth())
                    .isTrue();
        }
    }
}
