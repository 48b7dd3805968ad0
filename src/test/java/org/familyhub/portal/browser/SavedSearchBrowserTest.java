package org.familyhub.portal.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.alerts.AlertJobs;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.WhoMayBook;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent on a phone saves the search for the Incredible Years programme, confirms by the e-mailed link, and the
 * next weekly digest names the course added since; its unsubscribe link's button deletes the alert. The form and the
 * alert pages pass axe on a phone and a desktop.
 */
@BrowserTest
class SavedSearchBrowserTest {

    private static final UUID INCREDIBLE_YEARS = UUID.fromString("4ed9ff90-f792-5469-9de6-1ffe6ebf8e22");
    private static final Pattern CONFIRM = Pattern.compile("/(alerts/confirm\\?token=[A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/(alerts/unsubscribe\\?token=[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CourseAdmin courses;
    @Autowired
    UserAccounts users;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    Clock clock;

    private Chromium browser;

    @BeforeEach
    void open() {
        browser = new Chromium(port, Chromium.PHONE);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aParentSavesASearchConfirmsHearsOfTheNewCourseAndUnsubscribes() {
        String address = "parent-" + UUID.randomUUID() + "@example.org";
        browser.open("search?q=Incredible+Years");
        browser.find("#alert-sign-up-email").sendKeys(address);
        browser.find("#alert-sign-up .alert-button").click();
        browser.waitFor(d -> browser.url().contains("/alerts/sent"));
        browser.settle();
        assertThat(browser.text()).contains("Check your e-mail");

        browser.open(link(CONFIRM, mailbox.to(address).getFirst()));
        assertThat(confirmed(address)).as("opening the link is not confirming").isFalse();
        browser.find(".alert-button").click();
        browser.waitFor(d -> browser.url().contains("/alerts/confirmed"));
        assertThat(confirmed(address)).isTrue();

        String course = "Course " + UUID.randomUUID();
        // Waits for this course, not one another test added earlier to the same programme.
        Instant beforeTheCourse = clock.instant().minusMillis(1);
        SignedIn.as(users, "editor");
        try {
            courses.create(new NewCourse(INCREDIBLE_YEARS, course, "Crewe", null, LocalDate.now(clock).plusWeeks(5), 2,
                    LocalTime.of(10, 0), LocalTime.of(11, 30), 8, 0, WhoMayBook.BOTH, null, null));
        } finally {
            SignedIn.out();
        }
        SearchIndexFixture.awaitIndex(index, Duration.ofMinutes(1), () -> search.newMatches(SearchQuery.forText("")
                .newSince(beforeTheCourse).size(50).build()).hits().stream()
                .anyMatch(hit -> hit.id().equals(INCREDIBLE_YEARS)));

        AlertJobs.digest(context);

        SentEmail digest = mailbox.to(address).getFirst();
        assertThat(digest.body()).contains("New course: " + course, "/services/" + INCREDIBLE_YEARS);
        assertThat(digest.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        browser.open(link(UNSUBSCRIBE, digest));
        assertThat(stored(address)).as("a mail scanner opening the link deletes nothing").isOne();
        browser.find(".alert-button").click();
        browser.waitFor(d -> browser.url().contains("/alerts/unsubscribed"));
        browser.settle();
        assertThat(browser.text()).contains("We have deleted your e-mail address");
        assertThat(stored(address)).isZero();
    }

    @Test
    void withoutJavaScriptTheFormSignsUpAndTheConfirmButtonWorks() {
        String address = "no-script-" + UUID.randomUUID() + "@example.org";
        try (Chromium plain = Chromium.withoutScripts(port, Chromium.PHONE)) {
            var driver = plain.driver();
            driver.get("http://localhost:" + port + "/search?q=stay+and+play&free=true");
            driver.findElement(By.id("alert-sign-up-email")).sendKeys(address);
            driver.findElement(By.cssSelector("#alert-sign-up .alert-button")).click();
            plain.waitFor(d -> d.getCurrentUrl().contains("/alerts/sent"));
            assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Check your e-mail");
            assertThat(jdbc.sql("select query from search_alert where email = ?").param(address).query(String.class)
                    .single()).isEqualTo("q=stay+and+play&free=true");

            driver.get("http://localhost:" + port + "/" + link(CONFIRM, mailbox.to(address).getFirst()));
            driver.findElement(By.cssSelector("main .alert-button")).click();
            plain.waitFor(d -> d.getCurrentUrl().contains("/alerts/confirmed"));
            assertThat(confirmed(address)).isTrue();
        }
    }

    @Test
    void theFormAndTheAlertPagesHaveNoAxeViolationsOnAPhoneOrADesktop() {
        for (var size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            browser.resize(size);
            for (String route : List.of("search?q=stay+and+play", "alerts/sent", "alerts/unsubscribed",
                    "alerts/bad-address?query=q%3Dplay", "alerts/confirm?token=" + "x".repeat(43))) {
                browser.open(route);
                assertThat(Axe.violations(browser)).as("axe on %s at %d px", route, size.getWidth()).isEmpty();
                assertThat((Boolean) browser.js("return document.documentElement.scrollWidth"
                        + " <= document.documentElement.clientWidth")).as("no sideways scroll on %s at %d px", route,
                        size.getWidth()).isTrue();
            }
            assertThat(browser.driver().findElements(By.cssSelector("h1"))).hasSize(1);
        }
    }

    private static String link(Pattern pattern, SentEmail email) {
        Matcher matcher = pattern.matcher(email.body());
        assertThat(matcher.find()).as("a link in " + email.body()).isTrue();
        return matcher.group(1);
    }

    private long stored(String address) {
        return jdbc.sql("select count(*) from search_alert where email = ?").param(address).query(Long.class).single();
    }

    private boolean confirmed(String address) {
        return jdbc.sql("select confirmed_at is not null from search_alert where email = ?").param(address)
                .query(Boolean.class).single();
    }
}
