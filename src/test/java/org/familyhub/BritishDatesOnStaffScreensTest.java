package org.familyhub;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.familyhub.account.SignedIn;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.WhoMayBook;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.feedback.NewProblemReport;
import org.familyhub.feedback.ProblemKind;
import org.familyhub.feedback.ProblemReports;
import org.familyhub.frontdoor.Child;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.ProfessionalReferral;
import org.familyhub.frontdoor.RequestSummary;
import org.familyhub.frontdoor.SelfReferral;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff screen, with the demo data and a few requests of its own, read as a staff member sees it in plain
 * English (the interface language the portal sets, which on its own reads dates the American way): no
 * "December 4, 2026", no "1:11 PM" anywhere, and the dates that are there read "2 Dec 2026, 08:00".
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class BritishDatesOnStaffScreensTest extends SpringBrowserlessTest {

    /** Java writes a narrow no-break space before "PM", and may write a no-break space in dates. */
    private static final String SPACE = "[\\s\\u00A0\\u202F]";
    private static final Pattern US_DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?" + SPACE + "\\d{1,2},"
                    + SPACE + "\\d{4}");
    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "\\b\\d{1,2}(:\\d{2}){1,2}" + SPACE + "?[AaPp]\\.?" + SPACE + "?[Mm]\\b");
    private static final Pattern BRITISH_DATE_TIME = Pattern.compile("\\b\\d{1,2} Dec 2026, \\d{2}:\\d{2}\\b");
    private static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");
    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    UserAccounts users;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Inbox inbox;
    @Autowired
    ProblemReports problems;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseAdmin courses;

    private final List<UUID> drafts = new ArrayList<>();

    @BeforeEach
    void plainEnglish() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void cleanUp() {
        SignedIn.out();
        drafts.forEach(id -> jdbc.sql("delete from listing_draft where id = ?").param(id).update());
    }

    @Test
    void noStaffScreenShowsAnAmericanDateOrATwelveHourTime() {
        String selfReferral = frontDoor.submit(new SelfReferral("Sam Parent", List.of(new Child(4, null)), Set.of(),
                "Bedtimes are a battle and I would like some ideas.", "CW1 3AB",
                Set.of(ContactMethod.EMAIL, ContactMethod.PHONE), "dates-" + UUID.randomUUID() + "@example.org",
                "01270 123456", "Mornings", true, true, null, null), "dates-" + UUID.randomUUID()).reference();
        SignedIn.as(users, "professional");
        String referral = frontDoor.refer(new ProfessionalReferral(true, CONNEXIONS_CREWE, "Alex Family",
                List.of(new Child(15, null)), "CW1 3AB", "alex.family@example.org", "07700 900123",
                "Wants careers advice after leaving school early.", Urgency.SOON, LevelOfNeed.ADDITIONAL,
                "Alex Family (parent)", LocalDate.of(2026, 12, 1), false)).reference();
        problems.report(new NewProblemReport(MONKS_STAY_AND_PLAY, ProblemKind.WRONG_PHONE, "The number has changed",
                null, "dates-test", null));

        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("my-referrals", seen("my-referrals"));
        screens.put("refer", seen("refer", QueryParameters.of("service", CONNEXIONS_CREWE.toString())));
        SignedIn.as(users, "frontdoor");
        UUID request = idOf(selfReferral);
        inbox.assignToTeam(request, "Crewe early help team");
        screens.put("inbox", seen("inbox"));
        screens.put("request", seen("inbox/request/" + request));
        screens.put("referral", seen("inbox/request/" + idOf(referral)));
        SignedIn.as(users, "editor");
        Draft draft = workflow.edit(MONKS_STAY_AND_PLAY);
        drafts.add(draft.id());
        for (String route : List.of("workspace", "workspace/stale", "workspace/drafts/" + draft.id(),
                "workspace/history/" + MONKS_STAY_AND_PLAY, "workspace/feedback/problems",
                "workspace/feedback/comments", "workspace/surveys", "workspace/surveys/edit", "workspace/quality")) {
            screens.put(route, seen(route));
        }
        CourseSummary course = courses.create(new NewCourse(MONKS_STAY_AND_PLAY, "Dates course", "Crewe", null,
                LocalDate.of(2027, 1, 12), 3, LocalTime.of(13, 0), LocalTime.of(15, 30), 6, 2, WhoMayBook.BOTH, null,
                null));
        screens.put("workspace/courses", seen("workspace/courses"));
        screens.put("course", seen("workspace/courses/" + course.id()));
        screens.put("register", seen("workspace/courses/" + course.id() + "/register/" + course.firstSession()));
        SignedIn.as(users, "admin");
        screens.put("admin/mailbox", seen("admin/mailbox"));

        screens.forEach((screen, text) -> {
            assertThat(US_DATE.matcher(text).results().map(m -> m.group()).toList()).as(screen).isEmpty();
            assertThat(TWELVE_HOUR.matcher(text).results().map(m -> m.group()).toList()).as(screen).isEmpty();
        });
        for (String screen : List.of("my-referrals", "inbox", "request", "workspace/drafts/" + draft.id(),
                "workspace/feedback/problems", "admin/mailbox")) {
            assertThat(screens.get(screen)).as(screen).containsPattern(BRITISH_DATE_TIME);
        }
        assertThat(screens.get("referral")).contains("Consent given by Alex Family (parent) on 1 December 2026");
        assertThat(screens.get("course")).contains("12 January 2027", "13:00 to 15:30", "Tuesday 26 January 2027");
        assertThat(screens.get("workspace")).containsPattern("\\b\\d{1,2} [A-Z][a-z]{2,3} 20\\d\\d\\b");
    }

    /** The page's text as a person reads it, the cells of its tables included. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private String seen(String route) {
        return seen(route, QueryParameters.empty());
    }

    private String seen(String route, QueryParameters query) {
        UI.getCurrent().navigate(route, query);
        Component view = (Component) getCurrentView();
        assertThat(view.getClass().getSimpleName()).as(route).doesNotStartWith("Login");
        Component page = view;
        while (page.getParent().filter(parent -> !(parent instanceof UI)).isPresent()) {
            page = page.getParent().orElseThrow();
        }
        StringBuilder text = new StringBuilder();
        textOf(page.getElement(), text);
        for (Grid grid : $(Grid.class).all()) {
            var rows = test(grid);
            for (int row = 0; row < Math.min(rows.size(), 300); row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    text.append('\n').append(rows.getCellText(row, column));
                }
            }
        }
        return text.toString();
    }

    /** Each piece of text on its own line, so "08:01" and a following "Was this page helpful?" stay apart. */
    private static void textOf(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
        }
        element.getChildren().forEach(child -> textOf(child, text));
    }

    private UUID idOf(String reference) {
        return inbox.list().stream().filter(r -> r.reference().equals(reference)).map(RequestSummary::id)
                .findFirst().orElseThrow();
    }
}
