package org.familyhub.portal.browser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familyhub.directory.LevelOfNeed;
import org.familyhub.frontdoor.RequestKind;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.shared.SpokenReferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door's inbox in a real browser, as a worker's bookmark of "my overdue Crewe requests" opens it: the
 * filters read back from the address, the overdue card says so in words; axe on the inbox, whole and filtered,
 * on a desktop and on a phone.
 */
@BrowserTest
class InboxBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    Clock clock;

    private Chromium browser;
    private HelpRequest overdue;

    @BeforeEach
    void signIn() {
        // Wednesday 25 November: the first reply was due on Monday 30 November, before the tests' today.
        overdue = request("Bookmark Family", at(2026, 11, 25));
        HelpRequest concern = request("Concern Family", at(2026, 12, 1));
        concern.flagSafeguarding("Worried about the baby");
        requests.save(concern);
        browser = Chromium.signedInAs(port, "frontdoor");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aBookmarkedOverdueCreweViewOpensWithItsFiltersAndTheOverdueCardSaysSo() {
        browser.open("inbox?locality=crewe-nantwich&overdue=yes&sort=due");

        assertThat(browser.js("return Array.from(document.querySelectorAll('vaadin-select'))"
                + ".map(s => s.innerText.replace(/\\s+/g, ' ')).join('|')").toString())
                .contains("Crewe and Nantwich", "Due soonest first");
        assertThat(browser.find("vaadin-checkbox").getDomProperty("checked")).isEqualTo("true");
        String card = browser.waitFor(d -> d.findElements(By.cssSelector("li.service-card")).stream()
                .filter(item -> item.getText().contains(overdue.getReference())).findFirst().orElse(null)).getText();
        assertThat(card).contains("Bookmark Family", "Overdue", "Crewe and Nantwich",
                "the first reply to the family was due by 30 November 2026");
        assertThat(browser.text()).doesNotContain("crewe-nantwich");
    }

    @Test
    void theInboxHasNoAxeViolationsOnADesktopOrAPhone() {
        List<String> failures = new ArrayList<>();
        for (var size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            browser.resize(size);
            for (String page : List.of("inbox", "inbox?locality=crewe-nantwich&overdue=yes&sort=due",
                    "inbox?ref=FH-2222-2222")) {
                browser.open(page);
                Axe.violations(browser).forEach(violation -> failures.add(size.width + "px /" + page + ": " + violation));
            }
            browser.open("inbox/request/" + overdue.getId());
            Axe.violations(browser).forEach(violation -> failures.add(size.width + "px request: " + violation));
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    private HelpRequest request(String family, Instant at) {
        HelpRequest request = new HelpRequest(UUID.randomUUID(), SpokenReferences.next("FH", requests::existsByReference),
                RequestKind.PROFESSIONAL_REFERRAL, "crewe-nantwich", at);
        request.describeFamily(family, null, null, "CW1 3AB", List.of());
        request.referredBy(UUID.randomUUID(), "Priya Health Visitor", null, Urgency.SOON, LevelOfNeed.ADDITIONAL);
        return requests.save(request);
    }

    private Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 9, 0).atZone(clock.getZone()).toInstant();
    }
}
