package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The venue form and the topics page (#15) pass axe on a desktop and a phone, the venue form also while a wrong
 * postcode is shown refused next to its field (nothing is saved); so do the organisation form with its register
 * numbers (#15), the data quality tasks and a listing's calendar feed page (#20).
 */
@BrowserTest
class RecordsBrowserTest {

    static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";
    static final String CONNEXIONS = "4229cd34-3ee1-5ae6-8627-8704edb69c74";
    static final String CONNEXIONS_CREWE = "0f9577b5-7755-563e-8932-04372ac57b4f";

    @LocalServerPort
    int port;

    @Test
    void theVenueFormAndTheTopicsHaveNoAxeViolationsAtBothWidths() {
        List<String> failures = new ArrayList<>();
        try (Chromium chromium = Chromium.signedInAs(port, "admin")) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                chromium.resize(size);
                chromium.open("workspace/venues/edit/" + MONKS_CENTRE);
                assertThat(chromium.find("#venue-locality").getText())
                        .isEqualTo("Locality from the postcode: Crewe and Nantwich");
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px venue: " + v));

                WebElement postcode = chromium.find("#venue-postcode input");
                postcode.sendKeys(Keys.chord(Keys.CONTROL, "a"), "NOT A CODE", Keys.TAB);
                chromium.find("#venue-save").click();
                chromium.settle();
                List<WebElement> refused = chromium.waitFor(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("#venue-postcode[invalid]"));
                    return found.isEmpty() ? null : found;
                });
                assertThat(refused).hasSize(1);
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px venue refused: " + v));

                chromium.open("workspace/categories");
                assertThat(chromium.find("#topic-list").getText()).contains("Stay and play");
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px topics: " + v));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    @Test
    void theOrganisationFormQualityTasksAndCalendarFeedPageHaveNoAxeViolationsAtBothWidths() {
        List<String> failures = new ArrayList<>();
        try (Chromium chromium = Chromium.signedInAs(port, "admin")) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                chromium.resize(size);
                chromium.open("workspace/organisations/edit/" + CONNEXIONS);
                assertThat(chromium.find("#organisation-charity").isDisplayed()).isTrue();
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px organisation: " + v));

                chromium.open("workspace/quality");
                assertThat(chromium.find("#quality-counts").isDisplayed()).isTrue();
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px quality: " + v));

                chromium.open("workspace/calendar-feed/" + CONNEXIONS_CREWE);
                assertThat(chromium.find("h1").getText()).isNotBlank();
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px calendar feed: " + v));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }
}
