package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Polish-speaking parent, in a real browser (#18): switches to Polish, browses by topic, searches and opens a
 * service. Topic names are Polish, every count takes the form Polish asks for ("2 usługi", "5 usług",
 * "22 usługi"), and each page passes axe on a desktop and a phone.
 */
@BrowserTest
class PolishJourneyBrowserTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    /** A number and the word for services in whichever form follows it. */
    private static final Pattern COUNT = Pattern.compile("(\\d+) (usługa|usługi|usług)\\b");

    @LocalServerPort
    int port;

    @Test
    void aPolishParentSeesTopicNamesAndPluralsInPolish() {
        try (Chromium browser = new Chromium(port, Chromium.DESKTOP)) {
            browser.open("");
            browser.find("#language-switch").click();
            browser.waitFor(d -> "pl".equals(browser.js("return document.documentElement.lang")));
            browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Znajdź pomoc dla swojej rodziny"));

            List<String> tiles = browser.driver().findElements(By.cssSelector(".tile-list a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(tiles).contains("Ciąża i niemowlęta", "Małe dzieci i przedszkolaki", "Zdrowie")
                    .doesNotContain("Pregnancy and babies", "Health");
            List<String> counts = browser.driver().findElements(By.cssSelector(".tile-list .count")).stream()
                    .map(WebElement::getText).toList();
            assertThat(counts).isNotEmpty().allSatisfy(PolishJourneyBrowserTest::inThePolishForm);

            browser.driver().findElement(By.linkText("Małe dzieci i przedszkolaki")).click();
            browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Małe dzieci i przedszkolaki"));
            browser.settle();
            assertThat(browser.text()).contains("Zabawa, nauka i grupy dla dzieci w wieku od 1 do 5 lat.")
                    .containsPattern("\\d+ usług[ai]? w tym temacie");
            Matcher inTopic = Pattern.compile("\\d+ usług[ai]? w tym temacie").matcher(browser.text());
            assertThat(inTopic.find()).isTrue();
            inThePolishForm(inTopic.group());

            browser.open("search?q=stay+and+play");
            String found = browser.find("main").getText();
            assertThat(found).containsPattern("Znaleziono \\d+ usług");
            Matcher count = Pattern.compile("Znaleziono (\\d+ usług[ai]?)").matcher(found);
            assertThat(count.find()).isTrue();
            inThePolishForm(count.group(1));
            assertThat(found).contains("Bezpłatnie").doesNotContain("Free\n", "services found");

            browser.open("services/" + MONKS_STAY_AND_PLAY);
            assertThat(browser.text()).contains("Tematy: ", "Zabawa z rodzicami (stay and play)", "Koszt",
                    "Bezpłatnie", "Opisy usług piszą sami usługodawcy, po angielsku.");
            assertThat(browser.js("return document.querySelector('main h1').lang")).isEqualTo("en");
        }
    }

    @Test
    void polishPagesHaveNoAxeViolationsAtBothWidths() {
        List<String> failures = new ArrayList<>();
        try (Chromium browser = new Chromium(port, Chromium.DESKTOP)) {
            browser.open("");
            browser.find("#language-switch").click();
            browser.waitFor(d -> "pl".equals(browser.js("return document.documentElement.lang")));
            for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
                browser.resize(size);
                for (String route : List.of("", "categories/toddlers", "search?q=stay+and+play",
                        "services/" + MONKS_STAY_AND_PLAY)) {
                    browser.open(route);
                    assertThat(browser.js("return document.documentElement.lang")).as(route).isEqualTo("pl");
                    Axe.violations(browser).forEach(v -> failures.add(size.width + "px /" + route + ": " + v));
                }
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    /** "1 usługa", "2–4 usługi" (not 12–14), "5 usług", "22 usługi": CLDR's one, few and many. */
    private static void inThePolishForm(String text) {
        Matcher count = COUNT.matcher(text);
        if (!count.find()) {
            assertThat(text).as("a count without a number").isIn("Brak usług");
            return;
        }
        long n = Long.parseLong(count.group(1));
        long units = n % 10;
        long tens = n % 100;
        String expected = n == 1 ? "usługa" : units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? "usługi" : "usług";
        assertThat(count.group(2)).as(text).isEqualTo(expected);
    }
}
