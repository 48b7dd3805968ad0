package org.familyhub.portal.browser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.workspace.NoticeLevel;
import org.familyhub.workspace.SiteNotice;
import org.familyhub.workspace.SiteNotices;
import org.familyhub.workspace.SiteNotices.NoticeForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Public pages showing a site-wide notice, urgent and informational, pass axe on a desktop and a phone (#18). */
@BrowserTest
class SiteNoticeBrowserTest {

    static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SiteNotices notices;

    private final List<SiteNotice> added = new ArrayList<>();

    @BeforeEach
    void snowClosesTheCentres() {
        SignedIn.as(accounts, "editor");
        added.add(notices.add(new NoticeForm("All children's centres are closed today because of snow.", null,
                NoticeLevel.URGENT, LocalDate.of(2026, 12, 2), LocalTime.of(7, 0), LocalDate.of(2026, 12, 2),
                LocalTime.of(20, 0))));
        added.add(notices.add(new NoticeForm("Our phone number is now 0300 123 5012.", "Nasz numer telefonu to teraz"
                + " 0300 123 5012.", NoticeLevel.INFORMATION, LocalDate.of(2026, 12, 1), LocalTime.of(9, 0),
                LocalDate.of(2026, 12, 31), LocalTime.of(17, 0))));
        SignedIn.out();
    }

    @AfterEach
    void endThem() {
        SignedIn.as(accounts, "editor");
        added.forEach(notice -> notices.endNow(notice.id()));
        SignedIn.out();
    }

    @Test
    void pagesWithNoticesHaveNoAxeViolationsAtBothWidths() {
        List<String> failures = new ArrayList<>();
        try (Chromium chromium = new Chromium(port, Chromium.DESKTOP)) {
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                chromium.resize(size);
                for (String route : List.of("", "services/" + MONKS_STAY_AND_PLAY)) {
                    chromium.open(route);
                    List<String> shown = chromium.waitFor(d -> d.findElements(By.cssSelector("main .site-notice")))
                            .stream().map(e -> e.getText()).toList();
                    assertThat(shown).as(route).containsExactly(
                            "Urgent: All children's centres are closed today because of snow.",
                            "Information: Our phone number is now 0300 123 5012.");
                    Axe.violations(chromium).forEach(v -> failures.add(size.width + "px /" + route + ": " + v));
                }
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }
}
