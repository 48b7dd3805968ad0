package org.familyhub.portal.browser;

import java.util.List;
import java.util.Map;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The parent's main journeys in headless Chromium, on a phone-sized window. */
@BrowserTest
class JourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchService search;

    @Autowired
    ServiceIndex index;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Chromium browser;

    private long activeServices() {
        return jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')").query(Long.class).single();
    }

    @BeforeEach
    void open() {
        SearchIndexFixture.awaitIndex(index, java.time.Duration.ofSeconds(120),
                () -> search.search(SearchQuery.forText("").size(1).build()).total() == activeServices());
        browser = new Chromium(port, Chromium.PHONE);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void freeStayAndPlayInCreweOnTuesdayFromSearchToPrint() {
        browser.open("");
        browser.find("#search-words").sendKeys("stay and play crewe");
        browser.find("#search-submit").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/search?q=stay"));
        browser.settle();

        // On a phone the filters are folded below the search box: the parent opens them.
        assertThat(browser.find("#filters").getAttribute("open")).isNull();
        click("#filters > summary");
        click("#filter-free");
        click("#filter-day-TU");
        browser.waitFor(d -> browser.find("#filter-apply").getText().matches("Show \\d+ services?"));
        click("#filter-apply");
        browser.waitFor(d -> d.getCurrentUrl().contains("free=true") && d.getCurrentUrl().contains("day=TU"));
        browser.settle();
        assertThat(browser.find("#result-count").getText()).matches("\\d+ services? found for \"stay and play crewe\".*");

        WebElement first = browser.find(".service-card");
        assertThat(first.getText()).contains("Free", "Crewe, Crewe and Nantwich", "Tuesday");
        first.findElement(By.cssSelector(".service-card-title a")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/services/"));
        browser.settle();
        String page = browser.text();
        assertThat(page).contains("Cost", "Free", "Monks Coppenhall Children's Centre", "9:30 to 11:00");

        browser.js("window.__spoken = []; window.speechSynthesis.speak = u => window.__spoken.push(u.text);");
        browser.find(".read-aloud-play").click();
        String spoken = browser.waitFor(d -> (String) browser.js("return window.__spoken.join(' ') || null;"));
        assertThat(spoken).contains("Stay and Play at Monks Coppenhall", "Free");

        browser.find("#shortlist-toggle").click();
        browser.waitFor(d -> browser.find("#shortlist-toggle").getText().contains("Remove from my shortlist"));
        browser.open("shortlist");
        assertThat(browser.find("#shortlist-list").getText()).contains("Stay and Play at Monks Coppenhall");

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.find(".page-tools").isDisplayed()).as("tools are left out of print").isFalse();
        assertThat(browser.find("#language-switch").isDisplayed()).isFalse();
        assertThat(browser.find("#shortlist-list").isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector(".safeguarding")).isDisplayed()).isTrue();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void aPostcodeSearchSortsByDistance() {
        browser.open("");
        browser.find("#search-words").sendKeys("group");
        browser.find("#search-place").sendKeys("CW1 4RL");
        browser.find("#search-submit").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("postcode=CW1"));
        browser.settle();

        click("#filters > summary");
        click("#sort-distance");
        click("#filter-apply");
        browser.waitFor(d -> d.getCurrentUrl().contains("sort=distance"));
        browser.settle();

        List<Double> km = browser.driver().findElements(By.cssSelector(".service-card")).stream()
                .map(WebElement::getText)
                .map(text -> text.replaceAll("(?s).*About ([0-9.]+) km away.*", "$1"))
                .filter(value -> value.matches("[0-9.]+")).map(Double::valueOf).toList();
        assertThat(km).hasSizeGreaterThan(3).isSorted();
        assertThat(browser.find("#result-count").getText()).contains("nearest to CW1 4RL.");
    }

    @Test
    void aParentReportsAWrongNumberFromTheFormBuiltWhenOpened() {
        browser.open("services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
        assertThat(browser.driver().findElements(By.id("problem-description"))).as("built when opened").isEmpty();

        click("#report-problem vaadin-details-summary");
        click("#problem-kind vaadin-radio-button input");
        WebElement description = browser.find("#problem-description textarea");
        description.click();
        description.sendKeys("The phone number is 01270 000 999 now", Keys.TAB);
        click("#problem-send");

        String thanks = browser.find(".feedback-thanks").getText();
        assertThat(thanks).contains("Thank you. We have your report");
    }

    @Test
    void theLanguageSwitchTurnsTheInterfaceIntoPolishAndRemembersIt() {
        browser.open("services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        browser.js("window.__samePage = true;");

        browser.find("#language-switch").click();
        browser.waitFor(d -> "pl".equals(browser.js("return document.documentElement.lang")));
        browser.settle();
        assertThat(browser.text()).contains("Odsłuchaj tę stronę", "Stay and Play at Monks Coppenhall");
        assertThat(browser.find("#language-switch").getText()).isEqualTo("English");
        assertThat(browser.js("return window.__samePage === true")).as("switched in place, not reloaded").isEqualTo(true);

        browser.open("");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("pl");
        assertThat(browser.find("h1").getText()).isEqualTo("Znajdź pomoc dla swojej rodziny");

        browser.find("#language-switch").click();
        browser.waitFor(d -> "en".equals(browser.js("return document.documentElement.lang")));
    }

    /**
     * Issue 18: a result opened from far down the list lands on the service's heading, not mid-page where the
     * list had been scrolled to; the back button brings the family back to the list.
     */
    @Test
    void aResultOpensAtTheTopOfItsPageWithTheFocusOnItsHeading() {
        browser.open("search?q=group");
        browser.settle();
        List<WebElement> cards = browser.driver().findElements(By.cssSelector(".service-card"));
        assertThat(cards).hasSizeGreaterThan(6);
        WebElement far = cards.get(cards.size() - 1).findElement(By.cssSelector(".service-card-title a"));
        String name = far.getText();
        browser.js("arguments[0].scrollIntoView({block: 'center'});", far);
        assertThat(((Number) browser.js("return window.scrollY")).doubleValue()).isGreaterThan(500);

        browser.js("arguments[0].click();", far);
        browser.waitFor(d -> d.getCurrentUrl().contains("/services/"));
        browser.settle();

        assertThat(((Number) browser.js("return window.scrollY")).doubleValue()).isZero();
        assertThat(browser.js("return document.activeElement.tagName")).isEqualTo("H1");
        assertThat(browser.js("return document.activeElement.textContent")).isEqualTo(name);
    }

    /** Vaadin's checkbox and radio inputs sit under their label; a click there is what a finger does. */
    private void click(String css) {
        WebElement element = browser.find(css);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.js("arguments[0].click();", element);
    }
}
