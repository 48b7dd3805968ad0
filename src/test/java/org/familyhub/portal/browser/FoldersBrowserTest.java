package org.familyhub.portal.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.mail.Mailbox;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A professional's folder for a family in a real browser (#15): signed in, they search, open a service, add it to a
 * new folder, add a second service, open the folder, print it and send it to the family. The folder pages pass axe
 * on a desktop and on a phone. On the search page, "Add … to a folder" on a result's card does the same without
 * leaving the results, from the keyboard.
 */
@BrowserTest
class FoldersBrowserTest {

    private static final String CONNEXIONS_CREWE = "0f9577b5-7755-563e-8932-04372ac57b4f";

    @LocalServerPort
    int port;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Mailbox mailbox;

    private Chromium browser;

    @BeforeEach
    void signIn() {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(120),
                () -> search.search(SearchQuery.forText("").size(1).build()).total() == jdbc.sql(
                        "select count(*) from service where status in ('active', 'temporarily closed')")
                        .query(Long.class).single());
        browser = Chromium.signedInAs(port, "professional");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aProfessionalFindsTwoServicesKeepsThemInAFolderPrintsItAndSendsItToTheFamily() {
        browser.open("");
        browser.find("#search-words").sendKeys("stay and play crewe");
        browser.find("#search-submit").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/search?q=stay"));
        browser.settle();
        browser.find(".service-card .service-card-title a").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/services/"));
        browser.settle();
        String first = browser.find("main h1").getText();

        String label = "JB " + UUID.randomUUID().toString().substring(0, 6);
        browser.find("#add-to-folder").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/folders/add?service="));
        browser.settle();
        browser.find("#folder-label input").sendKeys(label);
        browser.find("#folder-create-and-add").click();
        browser.waitFor(d -> browser.find("main h1").getText().contains("is in " + label));

        browser.open("services/" + CONNEXIONS_CREWE);
        String second = browser.find("main h1").getText();
        browser.find("#add-to-folder").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/folders/add?service="));
        browser.settle();
        browser.waitFor(d -> d.findElements(By.cssSelector(".folder-add-to")).stream()
                .filter(button -> button.getText().equals("Add to " + label)).findFirst().orElse(null)).click();
        browser.find("#folder-open").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/folders/[0-9a-f-]{36}$"));
        browser.settle();
        String folderPage = browser.url().substring(browser.url().indexOf("folders/"));

        assertThat(browser.driver().findElements(By.cssSelector("#folder-services > li"))).hasSize(2);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.find(".page-tools").isDisplayed()).as("tools are left out of print").isFalse();
            assertThat(browser.find(".folder-send").isDisplayed()).isFalse();
            WebElement list = browser.find("#folder-services");
            assertThat(list.isDisplayed()).isTrue();
            assertThat(list.getText()).contains(first, second, "Cost", "Where", "Next sessions");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        String family = "family-" + UUID.randomUUID() + "@example.org";
        browser.find("#folder-send-address input").sendKeys(family);
        browser.find("#folder-send").click();
        browser.waitFor(d -> browser.find("#folder-send-result").getText().contains("sent to " + family));
        assertThat(mailbox.to(family)).singleElement().satisfies(email ->
                assertThat(email.body()).contains(first, second));

        List<String> failures = new ArrayList<>();
        for (var size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            browser.resize(size);
            for (String page : List.of("folders", folderPage, "folders/add?service=" + CONNEXIONS_CREWE)) {
                browser.open(page);
                Axe.violations(browser).forEach(violation -> failures.add(size.width + "px /" + page + ": " + violation));
                if (!(Boolean) browser.js("return document.documentElement.scrollWidth"
                        + " <= document.documentElement.clientWidth")) {
                    failures.add(size.width + "px /" + page + ": scrolls sideways");
                }
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    @Test
    void aProfessionalAddsASearchResultToANewFolderFromItsCardWithTheKeyboard() {
        browser.open("search?q=stay+and+play");
        browser.settle();
        WebElement add = browser.find(".folder-card-add");
        String words = add.getText();
        assertThat(words).startsWith("Add ").endsWith(" to a folder");
        String service = words.substring("Add ".length(), words.length() - " to a folder".length());

        add.sendKeys(Keys.ENTER);
        browser.waitFor(d -> "true".equals(add.getAttribute("aria-expanded")));
        String label = "KB " + UUID.randomUUID().toString().substring(0, 6);
        browser.find("#folder-label input").sendKeys(label);
        browser.find("#folder-create-and-add").sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.find("#folder-card-status").getText().equals(service + " is in " + label + "."));
        assertThat(browser.find("#folder-card-status").getAttribute("role")).isEqualTo("status");
        assertThat((Boolean) browser.js("return document.activeElement.classList.contains('folder-card-add')"))
                .as("the focus goes back to the card's button").isTrue();

        List<String> failures = new ArrayList<>();
        for (var size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            browser.resize(size);
            browser.open("search?q=stay+and+play");
            browser.settle();
            browser.find(".folder-card-add").sendKeys(Keys.ENTER);
            browser.waitFor(d -> d.findElements(By.cssSelector(".folder-add-to")).stream()
                    .anyMatch(button -> button.getText().equals("Add to " + label)));
            Axe.violations(browser).forEach(violation -> failures.add(size.width + "px /search: " + violation));
            if (!(Boolean) browser.js("return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth")) {
                failures.add(size.width + "px /search: scrolls sideways, past the edge: " + browser.js(
                        "const edge = document.documentElement.clientWidth; return [...document.querySelectorAll("
                                + "'main *')].filter(e => e.getBoundingClientRect().right > edge + 1).slice(-5)"
                                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')"));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();

        browser.resize(Chromium.DESKTOP);
        browser.open("search?q=stay+and+play");
        browser.settle();
        browser.find(".folder-card-add").click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".folder-add-to")).stream()
                .filter(button -> button.getText().equals("Add to " + label)).findFirst().orElse(null)).click();
        browser.find("#folder-card-open").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/folders/[0-9a-f-]{36}$"));
        browser.settle();
        assertThat(browser.driver().findElements(By.cssSelector("#folder-services > li"))).hasSize(1);
        assertThat(browser.find("#folder-services").getText()).contains(service);
    }
}
