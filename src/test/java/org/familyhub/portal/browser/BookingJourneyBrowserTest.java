package org.familyhub.portal.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.ProgrammeWaitingListTest;
import org.familyhub.booking.WhoMayBook;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16's "done when", on a phone: a parent books the last place on a Crewe course and gets a reference and an
 * e-mail; the next parent joins the waiting list; the first cancels through the e-mailed link; the second is
 * offered the place and takes it. And the new public pages pass axe on a phone and a desktop.
 */
@BrowserTest
class BookingJourneyBrowserTest {

    private static final String INCREDIBLE_YEARS = "4ed9ff90-f792-5469-9de6-1ffe6ebf8e22";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    CourseAdmin admin;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    private Chromium browser;

    @BeforeEach
    void open() {
        browser = new Chromium(port, Chromium.PHONE);
    }

    @AfterEach
    void close() {
        browser.close();
        SignedIn.out();
    }

    @Test
    void theLastPlaceIsBookedCancelledByLinkOfferedToTheNextParentAndTaken() {
        CourseSummary course = course("Crewe journey " + UUID.randomUUID());
        String first = "journey-first-" + UUID.randomUUID() + "@example.org";
        String second = "journey-second-" + UUID.randomUUID() + "@example.org";

        browser.open("services/" + INCREDIBLE_YEARS);
        assertThat(browser.text()).contains("Courses you can book", "6 weeks, 1 place left");
        browser.find("a[href='book-course/" + course.id() + "']").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/book-course/"));
        browser.settle();
        fill("Alex Parent", first, "2, 4");
        browser.find("#booking-send").click();
        browser.waitFor(d -> browser.text().contains("Your place is booked"));
        assertThat(browser.text()).containsPattern("Your reference is BK-[A-Z0-9]{4}-[A-Z0-9]{4}");

        browser.open("book-course/" + course.id());
        assertThat(browser.text()).contains("This course is full");
        fill("Bo Parent", second, "0");
        browser.find("#booking-send").click();
        browser.waitFor(d -> browser.text().contains("You are on the waiting list"));

        browser.open("bookings/cancel?token=" + token(first, "Your place"));
        browser.find("#booking-cancel").click();
        browser.waitFor(d -> browser.text().contains("Cancelled"));

        browser.open("bookings/offer?token=" + token(second, "A place is free"));
        assertThat(browser.text()).contains("We are holding this place for you until");
        browser.find("#offer-accept").click();
        browser.waitFor(d -> browser.text().contains("Your place is booked"));
        assertThat(mailbox.to(second)).extracting(SentEmail::subject)
                .anyMatch(subject -> subject.startsWith("Your place on " + course.title()));
    }

    @Test
    void theBookingPagesHaveNoAxeViolationsOnAPhoneOrADesktop() {
        CourseSummary course = course("Crewe axe " + UUID.randomUUID());
        List<UUID> programmes = new ArrayList<>();
        UUID noOpenCourse = ProgrammeWaitingListTest.programmeWithNoOpenCourse(jdbc, admin, users, clock, programmes);
        try {
            for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
                browser.resize(size);
                for (String route : List.of("services/" + INCREDIBLE_YEARS, "book-course/" + course.id(),
                        "bookings/cancel?token=" + "x".repeat(43), "bookings/offer?token=" + "x".repeat(43),
                        "services/" + noOpenCourse, "programme-waiting-list/" + noOpenCourse,
                        "search?q=parenting&places=true")) {
                    browser.open(route);
                    assertThat(Axe.violations(browser)).as(size.width + "px /" + route).isEmpty();
                }
            }
            browser.open("programme-waiting-list/" + noOpenCourse);
            assertThat(browser.text()).as("the form axe looked at").contains("Tell me when the next course starts")
                    .contains("Your children's ages");
        } finally {
            ProgrammeWaitingListTest.forget(jdbc, programmes);
        }
        browser.resize(Chromium.PHONE);
        browser.open("book-course/" + course.id());
        Object overflow = browser.js("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("the form fits a 390 px phone without sideways scrolling").isEqualTo(false);
    }

    private void fill(String name, String email, String ages) {
        browser.find("#booking-name input").sendKeys(name);
        browser.find("#booking-email input").sendKeys(email);
        browser.find("#booking-ages input").sendKeys(ages);
        browser.driver().findElement(By.cssSelector("#booking-consent input")).click();
        browser.settle();
    }

    private CourseSummary course(String title) {
        SignedIn.as(users, "editor");
        try {
            return admin.create(new NewCourse(UUID.fromString(INCREDIBLE_YEARS), title,
                    "Monks Coppenhall Children's Centre", null, LocalDate.now(clock).plusWeeks(6), 6,
                    LocalTime.of(18, 0), LocalTime.of(20, 0), 1, 2, WhoMayBook.BOTH, null, null));
        } finally {
            SignedIn.out();
        }
    }

    private String token(String address, String subject) {
        return browser.waitFor(d -> mailbox.to(address).stream().filter(mail -> mail.subject().contains(subject))
                .map(SentEmail::body).map(TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElse(null));
    }
}
