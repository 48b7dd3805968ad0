package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.frontdoor.Child;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.SelfReferral;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal data requests screen (#15), with a person's request found and the erasure's confirmation open,
 * passes axe on a desktop and a phone.
 */
@BrowserTest
class PersonalDataBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theScreenWithResultsAndTheConfirmationHasNoAxeViolationsAtBothWidths() {
        String email = "axe." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        frontDoor.submit(new SelfReferral("Robin Axeworth", List.of(new Child(3, null)), Set.of(),
                "Help with sleep, please.", "CW1 3AB", Set.of(ContactMethod.EMAIL), email, null, null, true, true,
                null, null), "privacy-browser-" + UUID.randomUUID());
        List<String> failures = new ArrayList<>();
        try (Chromium admin = Chromium.signedInAs(port, "admin")) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                admin.resize(size);
                admin.open("admin/personal-data");
                admin.find("#personal-data-search input").sendKeys(email);
                admin.find("#personal-data-find").click();
                admin.waitFor(d -> d.findElement(By.cssSelector(".personal-data-message")).getText()
                        .contains("Found"));
                assertThat(admin.find("#personal-data-results").getText()).contains("Front door (1)",
                        "Robin Axeworth", "Download as JSON", "Readable copy");
                if (size == Chromium.DESKTOP) {
                    // Both downloads come from the signed-in session, and each is audited.
                    int audited = exports();
                    assertThat(fetched(admin, "#personal-data-json")).contains(email, "\"Front door\"");
                    assertThat(fetched(admin, "#personal-data-readable")).contains("Information we hold about you",
                            "Robin Axeworth");
                    assertThat(exports()).isEqualTo(audited + 2);
                }
                admin.find("#personal-data-erase").click();
                admin.waitFor(d -> !d.findElements(By.id("personal-data-confirm")).isEmpty());
                assertThat(admin.find("#personal-data-confirm").getText()).contains("Front door: Request for help");
                assertThat(admin.find("#personal-data-log").getText()).contains("searched by e-mail address");
                Axe.violations(admin).forEach(v -> failures.add(size.width + "px: " + v));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    private int exports() {
        return jdbc.sql("select count(*) from personal_data_audit where action like 'EXPORTED%'").query(Integer.class)
                .single();
    }

    private static String fetched(Chromium browser, String link) {
        String href = browser.find(link).getAttribute("href");
        return String.valueOf(browser.js("return fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text())",
                href));
    }
}
