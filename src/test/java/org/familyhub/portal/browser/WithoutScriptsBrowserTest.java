package org.familyhub.portal.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a family reads with JavaScript switched off, and the same pages once Vaadin has started: the
 * server's copy is shown first, then replaced, never shown twice, and nothing breaks the security policy.
 */
@BrowserTest
class WithoutScriptsBrowserTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";

    @LocalServerPort
    int port;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;

    @BeforeEach
    void searchIsReady() {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(120),
                () -> search.search(SearchQuery.forText("stay and play").size(1).build()).total() > 0);
    }

    private static WebElement find(WebDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.cssSelector(css)));
    }

    @Test
    void withoutJavaScriptAFamilySearchesAndReadsTheCostPlaceAndNextSession() {
        try (Chromium chromium = Chromium.withoutScripts(port, Chromium.PHONE)) {
            WebDriver driver = chromium.driver();
            driver.get("http://localhost:" + port + "/");
            assertThat(find(driver, "main h1").getText()).isNotBlank();

            find(driver, "#search-words").sendKeys("stay and play crewe");
            find(driver, "#search-submit").click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("search?q=stay"));
            WebElement card = find(driver, ".service-card");
            assertThat(card.getText()).containsAnyOf("Free", "£");

            driver.get("http://localhost:" + port + "/services/" + MONKS_STAY_AND_PLAY);
            assertThat(find(driver, "main h1").getText()).isEqualTo("Stay and Play at Monks Coppenhall");
            assertThat(find(driver, "main").getText()).contains("Cost", "Free", "Monks Coppenhall Children's Centre",
                    "9:30 to 11:00");
            find(driver, "main a[href^='venues/']").click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/venues/"));
            assertThat(find(driver, "main h1").getText()).contains("Monks Coppenhall");
        }
    }

    @Test
    void onceVaadinRunsTheServersCopyIsGoneAndThePageShowsOnceWithinThePolicy() {
        try (Chromium chromium = new Chromium(port, Chromium.PHONE)) {
            chromium.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", XssBrowserTest.CSP_RECORDER));
            for (String path : List.of("", "search?q=stay+and+play", "services/" + MONKS_STAY_AND_PLAY,
                    "localities/crewe-nantwich")) {
                chromium.open(path);

                assertThat(chromium.js("return document.querySelectorAll('h1').length")).as(path).isEqualTo(1L);
                assertThat(chromium.js("return document.querySelectorAll('#main-content').length")).as(path)
                        .isEqualTo(1L);
                assertThat(chromium.js("return window.__csp.join('\\n')")).as(path).isEqualTo("");
            }
            chromium.open("");
            chromium.find("#search-words").sendKeys("autism");
            chromium.find("#search-submit").click();
            chromium.waitFor(d -> d.getCurrentUrl().contains("q=autism"));
            chromium.settle();
            assertThat(chromium.js("return document.querySelectorAll('h1').length")).isEqualTo(1L);
        }
    }
}
