package org.familyhub.portal.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.childcare.FindChildcare;
import org.familyhub.childcare.FindChildcare.Criteria;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #19's "done when" in a real browser, on a phone: a parent in Crewe finds a childminder with a Tuesday
 * place for an 18-month-old using working-parent hours, by keyboard, and reads its facts, fees and place; the
 * funded-hours checker answers; a parent asks the Family Information Service to find childcare and the request is
 * stored; a parent of a child with SEND browses the Local Offer to a service's answers and reads "You said, we
 * did". And every one of these pages passes axe on a phone and a desktop.
 */
@BrowserTest
class ChildcareJourneyBrowserTest {

    private static final String OAK_TREE = "b8be622f-0b8f-59bf-ba6c-724fde0d881d";
    private static final String CHERRY_TREE = "34fc207b-49d6-5042-8740-519f72950a37";
    private static final String HOLIDAY_CLUB = "aa8272a1-fe9a-51e8-a3fd-b7ae5f6fb967";
    private static final String JOURNEY =
            "childcare?place=Crewe&km=5&months=18&day=TU&funded=working-parent&vacancy=now&type=childminder";

    @LocalServerPort
    int port;
    @Autowired
    FindChildcare finder;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private Chromium browser;

    /** The sample's childcare facts reach the index after start-up, through the outbox. */
    @BeforeEach
    void open() {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(120), () -> finder.find(new Criteria("", 5, 18,
                Set.of("TU"), Set.of(), true, Set.of(), false, 1)).results().stream()
                .map(r -> r.hit().id().toString()).toList().containsAll(List.of(OAK_TREE, CHERRY_TREE)));
        browser = new Chromium(port, Chromium.PHONE);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aParentInCreweFindsAChildminderWithATuesdayPlaceForAnEighteenMonthOldByKeyboard() {
        browser.open("childcare");
        assertThat(browser.find("main h1").getText()).isEqualTo("Find childcare");

        // Every control of the form, in the order the Tab key visits it, is the order it is read in, and
        // each has its own label.
        List<String> controls = ids("#childcare-form input, #childcare-form button");
        for (String id : controls.subList(0, controls.size() - 1)) {
            assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']")))
                    .as("%s has a label", id).hasSize(1);
        }
        WebElement place = browser.find("#childcare-place");
        place.click();
        List<String> visited = new ArrayList<>(List.of(focused()));
        place.sendKeys("Crewe");
        for (int i = 1; i < controls.size(); i++) {
            active().sendKeys(Keys.TAB);
            String id = focused();
            visited.add(id);
            switch (id) {
                case "childcare-km" -> {
                    active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
                }
                case "childcare-months" -> active().sendKeys("18");
                case "childcare-day-TU", "childcare-funded-working-parent", "childcare-type-childminder",
                        "childcare-vacancy" -> active().sendKeys(Keys.SPACE);
                default -> {
                    // not needed for this family
                }
            }
        }
        assertThat(visited).as("the focus moves through the form in reading order").isEqualTo(controls);
        assertThat(visited.getLast()).isEqualTo("childcare-submit");
        active().sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("childcare?place=Crewe"));
        browser.settle();
        assertThat(browser.url()).contains("months=18", "day=TU", "funded=working-parent", "vacancy=now",
                "type=childminder");

        assertThat(browser.find("#childcare-results-heading").getText())
                .isEqualTo("1 childcare provider found within 5 km of Crewe");
        WebElement card = browser.find("#childcare-results .service-card");
        assertThat(card.getText()).contains("Oak Tree Childminding (Wistaston)", "Wistaston", "Childminder",
                "Tuesday: 1 place for under 2", "Working parent hours from 9 months", "£5.50 an hour, £50.00 a day",
                "Good, inspected 12 March 2025");

        card.findElement(By.cssSelector("h3 a")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/services/" + OAK_TREE));
        browser.settle();
        assertThat(browser.find("main h1").getText()).isEqualTo("Oak Tree Childminding (Wistaston)");
        assertThat(browser.text()).contains("Childcare details", "Childminder", "Good, inspected 12 March 2025",
                "£5.50 an hour, £50.00 a day", "Tuesday: 1 place for under 2", "Wistaston", "Crewe and Nantwich");
    }

    @Test
    void theFundedHoursCheckerAnswersForAnEighteenMonthOldOfWorkingParents() {
        LocalDate born = LocalDate.now(clock).minusMonths(18);
        browser.open("childcare/funded-hours");
        assertThat(browser.find("main h1").getText()).isEqualTo("Funded childcare hours");
        WebElement date = browser.find("#funded-born");
        // How a date is typed into the browser's own date field depends on the browser's language and on where
        // the click lands (day, month or year): the date is set as the field holds it, then the keyboard goes on.
        browser.js("arguments[0].value = arguments[1]; arguments[0].focus();", date, born.toString());
        assertThat(date.getAttribute("value")).isEqualTo(born.toString());
        // Tab moves through the date's own day, month and year first, then on to the next control. The keys go to
        // the page as a person presses them (sending them to the field would put the focus back on its day).
        for (int i = 0; i < 4 && "funded-born".equals(focused()); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).isEqualTo("funded-working");
        active().sendKeys(Keys.SPACE);
        active().sendKeys(Keys.TAB);
        active().sendKeys(Keys.TAB);
        assertThat(focused()).isEqualTo("funded-submit");
        active().sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("born=" + born));
        browser.settle();

        WebElement answer = browser.find("#funded-answer");
        assertThat(answer.getAttribute("role")).isEqualTo("status");
        assertThat(answer.getText()).contains("Your child might get up to 30 hours a week now",
                "30 hours for working parents of children from 9 months");
    }

    @Test
    void aParentAsksTheFamilyInformationServiceToFindChildcareAndTheRequestIsStored() {
        String email = "childcare-help-" + UUID.randomUUID() + "@example.org";
        browser.open("childcare/help");
        assertThat(browser.find("main h1").getText()).isEqualTo("Ask us to find childcare");

        type("vaadin-text-field", "Your name", "Sam Parent");
        type("vaadin-integer-field", "Your child's age, in years", "1");
        type("vaadin-integer-field", "And months (optional)", "6");
        choose("vaadin-checkbox-group", "Which days do you need childcare?", "Tuesday");
        type("vaadin-time-picker", "From (24-hour clock)", "08:00");
        type("vaadin-time-picker", "Until (24-hour clock)", "17:30");
        choose("vaadin-radio-group", "Do you want to use funded hours?",
                "Hours for working parents, from 9 months old");
        type("vaadin-text-field", "Your postcode", "CW1 3AB");
        choose("vaadin-checkbox-group", "How may we contact you?", "E-mail");
        type("vaadin-text-field", "E-mail address", email);
        choose("vaadin-radio-group", "Is it safe for us to leave a message?", "Yes");
        choose("vaadin-radio-group",
                "May we share what you told us with childcare providers who may have a place?", "Yes");
        browser.settle();
        browser.find("#childcare-help-send").click();
        browser.waitFor(d -> browser.text().contains("Your reference is"));
        browser.settle();

        // Exactly the reference's shape: a greedy ".*(FH-...)" would take "FH-9P2M" from FH-7KFH-9P2M.
        Matcher shown = Pattern.compile("FH-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(browser.find(".reference").getText());
        assertThat(shown.find()).as("the confirmation shows a reference").isTrue();
        String reference = shown.group();
        assertThat(browser.driver().switchTo().activeElement().getText())
                .as("the confirmation's heading takes the focus").isNotBlank();
        assertThat(jdbc.sql("""
                select concat(kind, ' ', childcare_age_months, ' ', childcare_days, ' ', childcare_from, ' ',
                              childcare_funded_hours)
                from help_request where reference = ?""").param(reference).query(String.class).single())
                .isEqualTo("CHILDCARE_BROKERAGE 18 TUESDAY 08:00:00 WORKING_PARENT");
    }

    @Test
    void aParentOfAChildWithSendBrowsesTheLocalOfferToAServiceAndReadsYouSaidWeDid() {
        browser.open("local-offer");
        assertThat(browser.find("main h1").getText()).isEqualTo("SEND Local Offer");
        browser.find("main .local-offer-areas a[href='local-offer/areas/social-care']").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/local-offer/areas/social-care"));
        browser.settle();
        assertThat(browser.find("main h1").getText()).isEqualTo("Social care");
        assertThat(browser.find("main nav a[aria-current=page]").getText()).isEqualTo("Social care");

        browser.find("main a[href='services/" + HOLIDAY_CLUB + "#local-offer']").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/services/" + HOLIDAY_CLUB));
        browser.settle();
        assertThat(browser.find("#local-offer").getText()).contains("SEND Local Offer",
                "How does it support children and young people with SEND?",
                "Every child has a plan made with their family.", "Last updated on ");

        browser.open("local-offer");
        browser.find("main a[href='local-offer/you-said-we-did']").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/local-offer/you-said-we-did"));
        browser.settle();
        assertThat(browser.text()).contains("You said", "We did", "It was hard to find out");
    }

    @Test
    void theChildcareAndLocalOfferPagesHaveNoAxeViolationsOnAPhoneOrADesktop() {
        String born = LocalDate.now(clock).minusMonths(18).toString();
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            browser.resize(size);
            for (String route : List.of("childcare", JOURNEY, "childcare?place=Atlantis",
                    "childcare/funded-hours?born=" + born + "&working=yes", "services/" + OAK_TREE,
                    "childcare/help", "local-offer", "local-offer/areas/social-care",
                    "local-offer/areas/preparing-for-adulthood", "services/" + HOLIDAY_CLUB,
                    "local-offer/you-said-we-did", "feedback/local-offer")) {
                browser.open(route);
                assertThat(Axe.violations(browser)).as(size.width + "px /" + route).isEmpty();
            }
            // The help form with every mistake shown: the error summary and each field's message.
            browser.open("childcare/help");
            browser.find("#childcare-help-send").click();
            browser.waitFor(d -> browser.text().contains("There is a problem"));
            browser.settle();
            assertThat(Axe.violations(browser)).as(size.width + "px /childcare/help with mistakes").isEmpty();
        }
        browser.resize(Chromium.PHONE);
        for (String route : List.of(JOURNEY, "childcare/help", "local-offer")) {
            browser.open(route);
            assertThat(browser.js("return document.documentElement.scrollWidth > window.innerWidth"))
                    .as("%s fits a 390 px phone without sideways scrolling; wider: %s", route, browser.js("""
                            return [...document.querySelectorAll('main *')]
                              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                              .slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' '
                                + Math.round(e.getBoundingClientRect().width)).join(' | ')"""))
                    .isEqualTo(false);
        }
    }

    private List<String> ids(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("id")).toList();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private String focused() {
        return String.valueOf(browser.js("return document.activeElement ? document.activeElement.id : ''"));
    }

    private void type(String tag, String label, String text) {
        WebElement input = (WebElement) browser.js("""
                const field = [...document.querySelectorAll(arguments[0])].find(f => f.label === arguments[1]);
                return field ? field.querySelector('input, textarea') : null;""", tag, label);
        assertThat(input).as("a field labelled '%s'", label).isNotNull();
        input.click();
        input.sendKeys(text, Keys.TAB);
    }

    private void choose(String groupTag, String groupLabel, String option) {
        browser.js("""
                const group = [...document.querySelectorAll(arguments[0])].find(g => g.label === arguments[1]);
                const item = group && [...group.querySelectorAll('vaadin-checkbox, vaadin-radio-button')]
                    .find(i => i.textContent.trim() === arguments[2] || i.label === arguments[2]);
                if (!item) { throw new Error('no option ' + arguments[2] + ' in ' + arguments[1]); }
                const input = item.querySelector('input');
                if (!input.checked) { input.click(); }""", groupTag, groupLabel, option);
    }
}
