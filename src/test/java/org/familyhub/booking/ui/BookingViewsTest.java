package org.familyhub.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.WhoMayBook;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking journey through its views, no browser: a parent finds the course on the programme's page, books
 * the last place, the next parent joins the waiting list, the first cancels through the e-mailed link, the
 * second is offered the place and takes it; the provider sees it on the register. And the refusals.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class BookingViewsTest extends SpringBrowserlessTest {

    /** Incredible Years Parenting Group, run by Cheshire East Council (not the demo provider's organisation). */
    static final UUID INCREDIBLE_YEARS = UUID.fromString("4ed9ff90-f792-5469-9de6-1ffe6ebf8e22");
    /** Connexions Crewe, a service of the demo provider's organisation. */
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

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
    @Autowired
    org.familyhub.shared.DateText dates;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aParentBooksTheLastPlaceTheNextWaitsTheFirstCancelsAndTheSecondTakesThePlace() {
        CourseSummary course = course(INCREDIBLE_YEARS, 1, "Crewe evening group " + UUID.randomUUID());

        UI.getCurrent().navigate("services/" + INCREDIBLE_YEARS);
        String page = text();
        assertThat(page).contains("Courses you can book", "6 weeks, 1 place left", course.title());
        assertThat(page).containsPattern("starts (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} [A-Z][a-z]+ 20\\d\\d");
        assertThat($(Anchor.class).withText("Book a place").all())
                .anyMatch(a -> a.getHref().equals("book-course/" + course.id()));

        String first = "first-" + UUID.randomUUID() + "@example.org";
        String reference = book(course, "Alex Parent", first, "2, 4");
        assertThat(reference).matches("BK-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(text()).contains("Your place is booked", reference);

        UI.getCurrent().navigate("services/" + INCREDIBLE_YEARS);
        assertThat(text()).contains("full (you can join the waiting list)");
        String second = "second-" + UUID.randomUUID() + "@example.org";
        navigate(BookCourseView.class, course.id().toString());
        fill("Bo Parent", second, "0");
        test($(Button.class).withText("Join the waiting list").single()).click();
        assertThat(text()).contains("You are on the waiting list",
                "number 1 on the waiting list");

        UI.getCurrent().navigate("bookings/cancel", QueryParameters.of("token", token(first, "Your place")));
        assertThat(text()).contains("Cancel your place", reference);
        test($(Button.class).withText("Cancel my place").single()).click();
        assertThat(text()).contains("Cancelled");

        UI.getCurrent().navigate("bookings/offer", QueryParameters.of("token", token(second, "A place is free")));
        assertThat(text()).contains("A place is free for you",
                "We are holding this place for you until");
        test($(Button.class).withText("Take the place").single()).click();
        assertThat(text()).contains("Your place is booked");

        SignedIn.as(users, "editor");
        LocalDate firstSession = course.firstSession();
        UI.getCurrent().navigate(RegisterView.class,
                new RouteParameters(RegisterView.params(course.id(), firstSession)));
        String register = text();
        assertThat(register).contains("Register: " + course.title(), "Bo Parent").doesNotContain("Alex Parent");
        test($(Checkbox.class).withCaptionContaining("Bo Parent").single()).click();
        assertThat(jdbc.sql("select count(*) from attendance a join booking b on b.id = a.booking_id "
                + "where b.course_id = ? and a.attended").param(course.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProfessionalBooksForAFamilyWithTheirConsentAndSeesItInTheirList() {
        CourseSummary course = course(INCREDIBLE_YEARS, 4, "On behalf " + UUID.randomUUID());
        SignedIn.as(users, "professional");
        navigate(BookCourseView.class, course.id().toString());
        fill("Dee Family", "dee-" + UUID.randomUUID() + "@example.org", "1");

        test($(Button.class).withText("Book a place").single()).click();
        assertThat($(TextField.class).withLabel("Who in the family agreed (name and relationship)").single()
                .isInvalid()).as("consent must be recorded").isTrue();
        test($(Checkbox.class).withCaptionContaining("The family agreed").single()).click();
        test($(TextField.class).withLabel("Who in the family agreed (name and relationship)").single())
                .setValue("Dee Family (mother)");
        test($(Button.class).withText("Book a place").single()).click();

        assertThat(text()).contains("Your place is booked");
        assertThat(jdbc.sql("select consent_given_by from booking where course_id = ? and booked_by_user_id is not null"
                + " and consent_recorded_at is not null").param(course.id()).query(String.class).single())
                .isEqualTo("Dee Family (mother)");
        navigate(MyCourseBookingsView.class);
        assertThat(text()).contains("Dee Family", course.title(), "Booked");

        UI.getCurrent().navigate("my-referrals");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyReferralsView");
        assertThat(text()).as("course places are among the professional's referrals")
                .contains("Course places you booked for families", "Dee Family", course.title(), "Booked");
    }

    @Test
    void aProviderMovesAFamilyToTheProgrammesOtherCourse() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CourseSummary from = course(CONNEXIONS_CREWE, 2, "Move from " + run);
        CourseSummary to = course(CONNEXIONS_CREWE, 2, "Move to " + run);
        String reference = book(from, "Gil Parent", "gil-" + run + "@example.org", "4");
        SignedIn.as(users, "provider");

        navigate(CourseView.class, from.id().toString());
        test($(Button.class).withText("Move the family").single()).click();
        assertThat(text()).as("nothing chosen: a clear message").contains("Choose the family and the course");
        test($(com.vaadin.flow.component.select.Select.class).withId("move-family").single())
                .selectItem(reference + ", Gil Parent");
        test($(com.vaadin.flow.component.select.Select.class).withId("move-to").single()).selectItem(
                to.title() + ", starting " + dates.date(to.firstSession(), UI.getCurrent().getLocale())
                        + " (2 places left)");
        test($(Button.class).withText("Move the family").single()).click();

        assertThat(text()).contains("0 of 2 places taken");
        navigate(CourseView.class, to.id().toString());
        assertThat(text()).contains("1 of 2 places taken", "Gil Parent");
    }

    @Test
    void aProviderRaisesTheNumberOfPlacesAndTheNextOnTheWaitingListIsOffered() {
        CourseSummary course = course(CONNEXIONS_CREWE, 1, "Raise " + UUID.randomUUID());
        book(course, "Eve Parent", "eve-" + UUID.randomUUID() + "@example.org", "3");
        String waiting = "fay-" + UUID.randomUUID() + "@example.org";
        navigate(BookCourseView.class, course.id().toString());
        fill("Fay Parent", waiting, "5");
        test($(Button.class).withText("Join the waiting list").single()).click();
        SignedIn.as(users, "provider");

        navigate(CourseView.class, course.id().toString());
        test($(com.vaadin.flow.component.textfield.IntegerField.class).withLabel("Places").single()).setValue(2);
        test($(Button.class).withText("Change the number of places").single()).click();

        assertThat(text()).contains("2 of 2 places taken, 1 waiting");
        assertThat(token(waiting, "A place is free")).hasSize(43);
    }

    @Test
    void nonsenseAgesAreRefusedOnTheFieldAndNothingIsBooked() {
        CourseSummary course = course(INCREDIBLE_YEARS, 3, "Ages check " + UUID.randomUUID());
        navigate(BookCourseView.class, course.id().toString());
        fill("Cal Parent", "cal-" + UUID.randomUUID() + "@example.org", "two, 45");

        test($(Button.class).withText("Book a place").single()).click();

        TextField ages = $(TextField.class).withLabel("Your children's ages").single();
        assertThat(ages.isInvalid()).isTrue();
        assertThat(ages.getErrorMessage()).contains("whole years from 0 to 18");
        assertThat(jdbc.sql("select count(*) from booking where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aForgedCancelLinkSaysSoAndChangesNothing() {
        UI.getCurrent().navigate("bookings/cancel", QueryParameters.of("token", "x".repeat(43)));

        assertThat(text()).contains("This link does not work");
        assertThat($(Button.class).all()).noneMatch(b -> "Cancel my place".equals(b.getText()));
    }

    @Test
    void aProviderSeesTheirOwnCoursesBookingsButNotAnotherOrganisations() {
        CourseSummary council = course(INCREDIBLE_YEARS, 5, "Council course " + UUID.randomUUID());
        CourseSummary own = course(CONNEXIONS_CREWE, 5, "Connexions course " + UUID.randomUUID());
        SignedIn.as(users, "provider");

        navigate(CoursesView.class);
        String list = text();
        assertThat(list).contains(own.title()).doesNotContain(council.title());

        UI.getCurrent().navigate("workspace/courses/" + council.id());
        assertThat(getCurrentView()).isNotInstanceOf(CourseView.class);
        UI.getCurrent().navigate(RegisterView.class,
                new RouteParameters(RegisterView.params(council.id(), council.firstSession())));
        assertThat(getCurrentView()).isNotInstanceOf(RegisterView.class);

        UI.getCurrent().navigate("workspace/courses/" + own.id());
        assertThat(text()).contains(own.title(), "Waiting list", "Registers");
    }

    private CourseSummary course(UUID service, int places, String title) {
        SignedIn.as(users, "editor");
        try {
            return admin.create(new NewCourse(service, title, "Monks Coppenhall Children's Centre", null,
                    LocalDate.now(clock).plusWeeks(6), 6, LocalTime.of(18, 0), LocalTime.of(20, 0), places, 2,
                    WhoMayBook.BOTH, null, null));
        } finally {
            SignedIn.out();
        }
    }

    private String book(CourseSummary course, String name, String email, String ages) {
        navigate(BookCourseView.class, course.id().toString());
        fill(name, email, ages);
        test($(Button.class).withText("Book a place").single()).click();
        String text = text();
        Matcher reference = Pattern.compile("BK-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(text);
        assertThat(reference.find()).as(text).isTrue();
        return reference.group();
    }

    private void fill(String name, String email, String ages) {
        test($(TextField.class).withLabel("Your name").single()).setValue(name);
        test($(EmailField.class).withLabel("E-mail address").single()).setValue(email);
        test($(TextField.class).withLabel("Your children's ages").single()).setValue(ages);
        test($(Checkbox.class).withCaptionContaining("I agree to be contacted").single()).click();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private String token(String address, String subject) {
        return mailbox.to(address).stream().filter(mail -> mail.subject().contains(subject)).map(SentEmail::body)
                .map(TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail \"" + subject + "\" to " + address));
    }
}
