package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingForm;
import org.familyhub.workspace.ListingWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review with the changes highlighted (#15), in Chromium: a provider changes only the phone number; the editor
 * opens the draft, sees exactly that change marked at the top, publishes it, and the public page shows the new
 * number. The review screen and the history pass axe on a desktop and a phone, and fit 390 px.
 */
@BrowserTest
class ReviewChangesBrowserTest {

    static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    private final List<UUID> created = new ArrayList<>();
    private Chromium browser;

    @AfterEach
    void remove() {
        if (browser != null) {
            browser.close();
        }
        SignedIn.out();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<UUID> locations = jdbc.sql("select location_id from service_at_location where service_id in (:ids)")
                    .param("ids", created).query(UUID.class).list();
            List<UUID> links = new ArrayList<>(created);
            links.addAll(locations);
            jdbc.sql("delete from listing_change where service_id in (:ids)").param("ids", created).update();
            jdbc.sql("delete from listing_draft where service_id in (:ids)").param("ids", created).update();
            jdbc.sql("delete from attribute where link_id in (:ids)").param("ids", links).update();
            jdbc.sql("delete from service where id in (:ids)").param("ids", created).update();
            if (!locations.isEmpty()) {
                jdbc.sql("delete from location where id in (:ids) and id not in"
                        + " (select location_id from service_at_location)").param("ids", locations).update();
            }
            events.publishEvent(new ServicesChanged(Set.copyOf(created)));
        });
    }

    @Test
    void anEditorSeesExactlyThePhoneChangeHighlightedAndPublishesIt() {
        SignedIn.as(accounts, "editor");
        Draft first = workflow.propose(CONNEXIONS);
        created.add(first.serviceId());
        workflow.save(first.id(), new ListingForm("Quokka Review Group", null, "<p>Songs and <em>stories</em>.</p>",
                "active", "quokka@example.org", "https://example.org/quokka", "01270 555 123", null, null, "Free",
                null, "Just turn up", "Quokka Hall", "1 High Street", "Crewe", "CW1 2AB", "Tuesdays 9:30am to 11am"));
        UUID service = workflow.publish(first.id()).serviceId();
        SignedIn.as(accounts, "provider");
        Draft draft = workflow.edit(service);
        ListingForm f = draft.form();
        workflow.save(draft, new ListingForm(f.name(), f.alternateName(), f.description(), f.status(), f.email(),
                f.url(), "01270 555 999", f.minimumAge(), f.maximumAge(), f.feesDescription(),
                f.eligibilityDescription(), f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(),
                f.venuePostcode(), f.openingTimes()));
        workflow.submit(draft.id());
        SignedIn.out();

        browser = Chromium.signedInAs(port, "editor");
        browser.open("workspace/drafts/" + draft.id());
        browser.find(".workspace-review");
        var changes = browser.driver().findElements(By.cssSelector(".workspace-review .workspace-change"));
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.getText()).contains("Phone number", "01270 555 123", "01270 555 999");
            assertThat(change.findElement(By.tagName("del")).getText()).isEqualTo("01270 555 123");
            assertThat(change.findElement(By.tagName("ins")).getText()).isEqualTo("01270 555 999");
        });
        fitsAndPassesAxe("workspace/drafts/" + draft.id());

        browser.resize(new Dimension(1280, 900));
        browser.open("workspace/drafts/" + draft.id());
        browser.find(".workspace-review-publish").click();
        browser.settle();
        browser.waitFor(d -> d.findElements(By.cssSelector(".workspace-review")).isEmpty());

        browser.open("services/" + service);
        assertThat(browser.text()).contains("01270 555 999").doesNotContain("01270 555 123");

        browser.open("workspace/history/" + service);
        assertThat(browser.text()).contains("Phone number", "01270 555 999", "Page 1 of 1")
                .doesNotContain("phones", "postal_code", "<p>", "[0]");
        fitsAndPassesAxe("workspace/history/" + service);
    }

    private void fitsAndPassesAxe(String route) {
        for (Dimension size : List.of(new Dimension(1280, 900), Chromium.PHONE)) {
            browser.resize(size);
            browser.open(route);
            assertThat(Axe.violations(browser)).as("axe at %d px on %s", size.width, route).isEmpty();
        }
        Object wide = browser.js("""
                if (document.documentElement.scrollWidth <= window.innerWidth) { return null; }
                return [...document.querySelectorAll('main *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className).join(', ')
                    || 'something outside main';""");
        assertThat(wide).as("wider than 390 px on %s", route).isNull();
    }
}
