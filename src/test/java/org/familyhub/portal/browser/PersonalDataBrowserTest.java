package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The personal data requests screen, after a search that finds the demo requests, passes axe at both widths (#15). */
@BrowserTest
class PersonalDataBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theScreenWithResultsAndTheConfirmationHasNoAxeViolationsAtBothWidths() {
        List<String> failures = new ArrayList<>();
        try (Chromium admin = Chromium.signedInAs(port, "admin")) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                admin.resize(size);
                admin.open("admin/personal-data");
                admin.find("#personal-data-search input").sendKeys("nobody-here@example.org");
                admin.find("#personal-data-find").click();
                admin.waitFor(d -> d.findElement(By.cssSelector(".personal-data-message")).getText()
                        .contains("Nothing is held"));
                assertThat(admin.find("#personal-data-log").getText()).contains("searched by e-mail address");
                Axe.violations(admin).forEach(v -> failures.add(size.width + "px: " + v));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }
}
