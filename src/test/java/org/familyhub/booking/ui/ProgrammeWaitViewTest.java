package org.familyhub.booking.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PortalTest;
import org.familyhub.account.UserAccounts;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.ProgrammeWaitingListTest;
import org.familyhub.mail.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** "Tell me when the next course starts" through its views, no browser: the link, a refusal, then the entry. */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class ProgrammeWaitViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseAdmin admin;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private final List<UUID> programmes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ProgrammeWaitingListTest.forget(jdbc, programmes);
    }

    @Test
    void aParentAsksToBeToldOfTheNextCourseAfterAClearRefusal() {
        UUID programme = ProgrammeWaitingListTest.programmeWithNoOpenCourse(jdbc, admin, users, clock, programmes);

        UI.getCurrent().navigate("services/" + programme);
        assertThat(text()).contains("No course of this programme is open for booking just now.");
        assertThat($(Anchor.class).withText("Tell me when the next course starts").all())
                .anyMatch(a -> a.getHref().equals("programme-waiting-list/" + programme));

        navigate(ProgrammeWaitView.class, programme.toString());
        assertThat(text()).contains("If a child is in immediate danger, call 999");
        String email = "next-" + UUID.randomUUID() + "@example.org";
        test($(TextField.class).withLabel("Your name").single()).setValue("Hal Parent");
        test($(EmailField.class).withLabel("E-mail address").single()).setValue(email);
        test($(TextField.class).withLabel("Your children's ages").single()).setValue("two, 45");
        test($(Checkbox.class).withCaptionContaining("I agree to be contacted").single()).click();
        test($(Button.class).withText("Tell me when the next course starts").single()).click();

        TextField ages = $(TextField.class).withLabel("Your children's ages").single();
        assertThat(ages.isInvalid()).isTrue();
        assertThat(ages.getErrorMessage()).contains("whole years from 0 to 18");
        assertThat(count(programme)).isZero();

        test(ages).setValue("2, 6");
        test($(Button.class).withText("Tell me when the next course starts").single()).click();

        assertThat(text()).contains("You are on the list for the next course").containsPattern("PW-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(count(programme)).isEqualTo(1);
        assertThat(mailbox.to(email)).hasSize(1);
    }

    @Test
    void aServiceThatNeverHadCoursesHasNoSuchPage() {
        UUID never = jdbc.sql("select id from service where id not like '0000%' and id not in "
                + "(select service_id from course) order by id limit 1").query(UUID.class).single();

        UI.getCurrent().navigate("programme-waiting-list/" + never);

        assertThat(getCurrentView()).isNotInstanceOf(ProgrammeWaitView.class);
    }

    private long count(UUID programme) {
        return jdbc.sql("select count(*) from programme_waiting_entry where service_id = ?").param(programme)
                .query(Long.class).single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
