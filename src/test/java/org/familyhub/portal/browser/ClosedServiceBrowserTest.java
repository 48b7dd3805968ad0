package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.directory.DirectoryChanges;
import org.familyhub.portal.ClosedUntilJanuary;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A temporarily closed service's page and card pass axe on a desktop and a phone, the notice read first (#18). */
@BrowserTest
class ClosedServiceBrowserTest {

    static final String MONKS_STAY_AND_PLAY = ClosedUntilJanuary.MONKS_STAY_AND_PLAY;
    static final String UNDERWOOD_STAY_AND_PLAY = ClosedUntilJanuary.UNDERWOOD_STAY_AND_PLAY;

    @LocalServerPort
    int port;
    @Autowired
    DirectoryChanges changes;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void closeMonksCoppenhallUntilJanuary() {
        ClosedUntilJanuary.close(changes, index, jdbc);
    }

    @AfterEach
    void reopen() {
        ClosedUntilJanuary.reopen(changes, index, jdbc);
    }

    @Test
    void theClosedServicesPageAndCardHaveNoAxeViolationsAtBothWidths() {
        List<String> failures = new ArrayList<>();
        try (Chromium chromium = new Chromium(port, Chromium.DESKTOP)) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                chromium.resize(size);
                chromium.open("services/" + MONKS_STAY_AND_PLAY);
                String notice = chromium.waitFor(d -> d.findElement(By.cssSelector(".closure-notice"))).getText();
                assertThat(notice).contains("temporarily closed until 3 January 2027",
                        "Closed while the hall roof is repaired.", "Stay and Play at Underwood West");
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px service page: " + v));

                chromium.open("search?q=&town=Crewe&category=stay-and-play");
                chromium.waitFor(d -> d.findElement(By.cssSelector(".badge-closed")));
                Axe.violations(chromium).forEach(v -> failures.add(size.width + "px search: " + v));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }
}
