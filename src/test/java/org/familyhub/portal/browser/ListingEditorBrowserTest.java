package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's listing editor in a real browser: an editor gives a new listing a topic, two venues and a fortnightly
 * term-time session, a price, a contact and a second phone, and publishes it; the public page shows it and its price;
 * axe finds nothing on the editor at 1280 and 390 px.
 */
@BrowserTest
class ListingEditorBrowserTest {

    static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    JdbcClient jdbc;

    private Chromium browser;
    private UUID service;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        SignedIn.out();
        if (service != null) {
            // Archived the way an editor would, so the index lets it go too: other tests count the index against
            // the database's findable services.
            if (jdbc.sql("select count(*) from service where id = ?").param(service).query(Long.class).single() > 0) {
                SignedIn.as(accounts, "editor");
                workflow.archive(service);
                SignedIn.out();
            }
            jdbc.sql("delete from listing_draft where service_id = ?").param(service).update();
        }
    }

    @Test
    void anEditorMakesAListingWithTwoVenuesAndAFortnightlySessionAndPublishesIt() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        service = draft.serviceId();
        SignedIn.out();
        browser = Chromium.signedInAs(port, "editor");
        browser.open("workspace/drafts/" + draft.id());

        type(null, "vaadin-text-field", "Name", "Wallaby Wiggle Time");
        describe();
        WebElement topics = field(null, "vaadin-multi-select-combo-box", "Topics").findElement(By.tagName("input"));
        topics.click();
        topics.sendKeys("Stay and play");
        browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().trim().equals("Stay and play")).findFirst().orElse(null))
                .click();
        topics.sendKeys(Keys.ESCAPE);
        choose(null, "vaadin-checkbox-group", "Level of need", "Universal");

        button("Add a new venue");
        WebElement first = lastVenue();
        type(first, "vaadin-text-field", "Venue name", "Wallaby Hall");
        type(first, "vaadin-text-field", "Venue street address", "2 High Street");
        type(first, "vaadin-text-field", "Town", "Crewe");
        type(first, "vaadin-text-field", "Postcode", "CW1 2AB");
        first.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().trim().equals("Add a session")).findFirst().orElseThrow().click();
        browser.settle();
        field(first, "vaadin-select", "How often").click();
        browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().trim().equals("Every other week")).findFirst()
                .orElse(null)).click();
        browser.settle();
        choose(first, "vaadin-checkbox-group", "Day", "Tuesday");
        type(first, "vaadin-time-picker", "Starts (24-hour)", "10:00");
        type(first, "vaadin-time-picker", "Ends (24-hour)", "11:30");
        browser.js("const b = [...arguments[0].querySelectorAll('vaadin-checkbox')].find(c => c.label"
                + " && c.label.startsWith('Term time only')); b.querySelector('input').click();", first);
        type(first, "vaadin-date-picker", "First date", "22/12/2026");
        type(first, "vaadin-date-picker", "A date it does not meet (optional)", "19/1/2027");
        first.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().trim().equals("Add this date")).findFirst().orElseThrow().click();
        browser.waitFor(d -> first.getText().contains("Not on 19 January 2027"));
        button("Add a new venue");
        WebElement second = lastVenue();
        type(second, "vaadin-text-field", "Venue name", "Wallaby Annexe");
        type(second, "vaadin-text-field", "Venue street address", "4 High Street");
        type(second, "vaadin-text-field", "Town", "Crewe");
        type(second, "vaadin-text-field", "Postcode", "CW1 2AB");
        button("Add a price");
        WebElement price = browser.driver().findElement(By.cssSelector(".listing-price"));
        type(price, "vaadin-text-field", "What the price is for", "Entry");
        type(price, "vaadin-big-decimal-field", "Amount in pounds", "2.50");
        type(price, "vaadin-text-field", "Per", "per session");
        button("Add a contact");
        WebElement contact = browser.driver().findElement(By.cssSelector(".listing-contact"));
        type(contact, "vaadin-text-field", "Role or team", "Bookings");
        type(contact, "vaadin-text-field", "Contact e-mail", "bookings@example.org");
        button("Add a phone number");
        WebElement phone = browser.driver().findElement(By.cssSelector(".listing-phone"));
        type(phone, "vaadin-text-field", "Other phone number", "0300 000 099");
        type(phone, "vaadin-text-field", "Who answers", "Bookings");
        browser.settle();

        List<String> failures = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1280, 900), Chromium.PHONE)) {
            browser.resize(size);
            browser.settle();
            Axe.violations(browser).forEach(v -> failures.add(size.width + "px: " + v));
        }
        assertThat(failures).as("axe-core violations on the editor").isEmpty();
        browser.resize(new Dimension(1280, 900));

        button("Publish");
        browser.waitFor(d -> browser.text().contains("Published."));

        browser.open("services/" + service);
        assertThat(browser.text()).contains("Wallaby Wiggle Time", "Come and play", "Bring a snack", "Wallaby Hall",
                "Wallaby Annexe", "£2.50 per session", "Not on 19 January 2027");
        // The search API finds it under its topic (the index follows the database through the outbox).
        String found = browser.waitFor(d -> {
            d.get("http://localhost:" + port + "/api/search?q=Wallaby&category=stay-and-play");
            String json = d.findElement(By.tagName("body")).getText();
            return json.contains("Wallaby Wiggle Time") ? json : null;
        });
        assertThat(found).contains("Wallaby Wiggle Time");
    }

    /** The description in Markdown, through its Bold and Bullet point buttons, with the preview showing the HTML. */
    private void describe() {
        type(null, "vaadin-text-area", "Description", "Come and ");
        WebElement box = field(null, "vaadin-text-area", "Description").findElement(By.tagName("textarea"));
        button("Bold");
        box.sendKeys("play", Keys.END); // the button leaves its placeholder chosen, so typing replaces it
        button("Bullet point");
        box.sendKeys("Bring a snack", Keys.TAB);
        browser.settle();
        assertThat(box.getAttribute("value")).isEqualTo("Come and **play**\n- Bring a snack");
        assertThat(browser.driver().findElement(By.cssSelector(".description-preview")).getAttribute("innerHTML"))
                .isEqualTo("<p>Come and <strong>play</strong></p><ul><li>Bring a snack</li></ul>");
    }

    private WebElement lastVenue() {
        browser.settle();
        List<WebElement> venues = browser.driver().findElements(By.cssSelector(".listing-venue"));
        return venues.getLast();
    }

    private void button(String text) {
        browser.waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null)).click();
        browser.settle();
    }

    private WebElement field(WebElement scope, String tag, String label) {
        WebElement found = (WebElement) browser.js("""
                const root = arguments[2] || document;
                return [...root.querySelectorAll(arguments[0])].find(f => f.label === arguments[1]) || null;""",
                tag, label, scope);
        assertThat(found).as("a %s labelled '%s'", tag, label).isNotNull();
        return found;
    }

    private void type(WebElement scope, String tag, String label, String text) {
        WebElement input = field(scope, tag, label).findElement(By.cssSelector("input, textarea"));
        input.click();
        if (tag.equals("vaadin-date-picker")) {
            input.sendKeys(text, Keys.ENTER); // commits the date and closes the calendar
            browser.settle();
            browser.js("arguments[0].opened = false;", field(scope, tag, label));
        } else {
            input.sendKeys(text, Keys.TAB);
        }
        browser.settle();
    }

    private void choose(WebElement scope, String tag, String label, String option) {
        browser.js("""
                const group = [...(arguments[3] || document).querySelectorAll(arguments[0])]
                    .find(g => g.label === arguments[1]);
                const item = group && [...group.querySelectorAll('vaadin-checkbox, vaadin-radio-button')]
                    .find(i => i.textContent.trim() === arguments[2] || i.label === arguments[2]);
                if (!item) { throw new Error('no option ' + arguments[2] + ' in ' + arguments[1]); }
                const input = item.querySelector('input');
                if (!input.checked) { input.click(); }""", tag, label, option, scope);
        browser.settle();
    }
}
