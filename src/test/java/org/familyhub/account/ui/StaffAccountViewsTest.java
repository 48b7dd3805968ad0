package org.familyhub.account.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PortalTest;
import org.familyhub.account.Role;
import org.familyhub.account.SignedIn;
import org.familyhub.account.StaffAccount;
import org.familyhub.account.StaffAccounts;
import org.familyhub.account.StaffAccounts.Choice;
import org.familyhub.account.StaffAccounts.StaffDetails;
import org.familyhub.account.UserAccounts;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff account pages without a browser: the list, the form's refusals and changes, the password link page. */
@PortalTest
@ViewPackages(classes = {UsersView.class, LoginView.class})
class StaffAccountViewsTest extends SpringBrowserlessTest {

    private static final Pattern TOKEN = Pattern.compile("set-password\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    UserAccounts users;
    @Autowired
    StaffAccounts staff;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;

    private final String prefix = "views-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @AfterEach
    void forget() {
        SignedIn.out();
        jdbc.sql("delete from portal_user_audit where user_id in (select id from portal_user where username like ?)")
                .param(prefix + "%").update();
        jdbc.sql("delete from portal_user where username like ?").param(prefix + "%").update();
    }

    @Test
    void theListIsSearchedInTheDatabaseAndShowsRolesScopeAndStatus() {
        SignedIn.as(users, "admin");
        staff.add(new StaffDetails(prefix + "door", "Dana " + prefix, prefix + "door@example.org",
                Set.of(Role.FRONT_DOOR), null, Set.of("congleton")));
        navigate(UsersView.class);
        assertThat($(Paragraph.class).id("users-summary").getText()).matches("Showing 1 to \\d+ of \\d+\\.");
        assertThat($(NativeTableRow.class).all().size()).as("one page at most, and its heading row")
                .isLessThanOrEqualTo(UsersView.PAGE + 1);

        test($(TextField.class).id("users-search")).setValue(prefix);

        assertThat($(Paragraph.class).id("users-summary").getText()).isEqualTo("Showing 1 to 1 of 1.");
        List<NativeTableRow> rows = $(NativeTableRow.class).all();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getDataCells()).extracting(cell -> cell.getElement().getTextRecursively())
                .containsExactly("Dana " + prefix, prefix + "door", prefix + "door@example.org", "Front door",
                        "congleton", "Enabled, no password set yet", "Never");
        assertThat($(Button.class).withId("users-next").exists()).as("no paging for one row").isFalse();

        test($(TextField.class).id("users-search")).setValue("no such person " + prefix);
        assertThat($(Paragraph.class).id("users-summary").getText()).isEqualTo("No account matches.");
    }

    @Test
    void theFormRefusesBadDetailsWithTheReasonAndAddsGoodOnesWithALink() {
        SignedIn.as(users, "admin");
        navigate(UserFormView.class);
        test($(TextField.class).id("user-username")).setValue(prefix + "pat");
        test($(TextField.class).id("user-name")).setValue("Pat Provider");
        test($(TextField.class).id("user-email")).setValue("not an address");
        save();
        assertThat(problem()).isEqualTo("Enter an e-mail address like name@example.org.");

        test($(TextField.class).id("user-email")).setValue(prefix + "pat@example.org");
        save();
        assertThat(problem()).isEqualTo("Choose at least one role.");

        roles().setValue(Set.of(Role.PROVIDER));
        assertThat($(ComboBox.class).id("user-organisation").isVisible()).isTrue();
        save();
        assertThat(problem()).isEqualTo("A provider must belong to an organisation: choose one.");
        assertThat(jdbc.sql("select count(*) from portal_user where username like ?").param(prefix + "%")
                .query(Integer.class).single()).as("nothing stored while refused").isZero();

        @SuppressWarnings("unchecked")
        ComboBox<Choice> organisation = $(ComboBox.class).id("user-organisation");
        Choice connexions = staff.organisations("Connexions", 0, 5).getFirst();
        organisation.setValue(connexions);
        save();

        assertThat($(Paragraph.class).id("user-done").getText())
                .isEqualTo("Pat Provider is added. A link to set a password was sent to " + prefix
                        + "pat@example.org.");
        assertThat($(Paragraph.class).withId("user-problem").exists()).as("the refusal is gone").isFalse();
        assertThat($(Paragraph.class).id("user-state").getText()).startsWith("Enabled, no password set yet.");
        assertThat(mailbox.to(prefix + "pat@example.org")).extracting(SentEmail::subject)
                .containsExactly("Your account on Cheshire East Family Directory");
        assertThat(users.find(prefix + "pat").orElseThrow().organisationId()).isEqualTo(UUID.fromString(connexions.key()));
    }

    @Test
    void anAdministratorDisablesAndEnablesSomeoneElseButNotThemselves() {
        SignedIn.as(users, "admin");
        StaffAccount person = staff.add(new StaffDetails(prefix + "ed", "Ed " + prefix, prefix + "ed@example.org",
                Set.of(Role.EDITOR), null, Set.of()));
        navigate("admin/users/edit/" + person.id(), UserFormView.class);
        assertThat($(TextField.class).id("user-username").isReadOnly()).isTrue();

        test($(Button.class).id("user-disable")).click();
        assertThat($(Paragraph.class).id("user-done").getText()).isEqualTo("Ed " + prefix + " can no longer sign in.");
        assertThat(staff.get(person.id()).orElseThrow().enabled()).isFalse();
        assertThat($(Paragraph.class).id("user-state").getText()).startsWith("Disabled.");
        test($(Button.class).id("user-enable")).click();
        assertThat(staff.get(person.id()).orElseThrow().enabled()).isTrue();

        navigate("admin/users/edit/" + users.find("admin").orElseThrow().id(), UserFormView.class);
        test($(Button.class).id("user-disable")).click();
        assertThat(problem()).isEqualTo("You cannot disable your own account.");
        assertThat(users.find("admin")).isPresent();
    }

    @Test
    void thePasswordLinkPageSetsAPasswordOnceAndThenSaysTheLinkIsSpent() {
        SignedIn.as(users, "admin");
        StaffAccount person = staff.add(new StaffDetails(prefix + "mo", "Mo " + prefix, prefix + "mo@example.org",
                Set.of(Role.MANAGER), null, Set.of()));
        String token = mailbox.to(person.email()).stream().map(SentEmail::body).map(TOKEN::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        SignedIn.out();

        open("account/set-password", token);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Choose a password for Mo " + prefix + " (user name " + prefix + "mo).");
        test($(PasswordField.class).id("set-password-new")).setValue("a long enough password");
        test($(PasswordField.class).id("set-password-again")).setValue("a different password!");
        test($(Button.class).id("set-password-save")).click();
        assertThat($(Paragraph.class).id("set-password-problem").getText())
                .isEqualTo("The two passwords are different. Type the same password in both boxes.");
        test($(PasswordField.class).id("set-password-again")).setValue("a long enough password");
        test($(Button.class).id("set-password-save")).click();
        assertThat($(Paragraph.class).id("set-password-done").getText()).contains(prefix + "mo");

        open("account/set-password", token);
        assertThat($(Paragraph.class).id("set-password-unusable").getText()).startsWith("This link cannot be used");
        assertThat($(PasswordField.class).exists()).isFalse();
        open("account/set-password", "x".repeat(43));
        assertThat($(Paragraph.class).id("set-password-unusable").isVisible()).isTrue();
    }

    private void open(String route, String token) {
        UI.getCurrent().navigate(route, QueryParameters.of("token", token));
    }

    private void save() {
        test($(Button.class).id("user-save")).click();
    }

    private String problem() {
        Paragraph problem = $(Paragraph.class).id("user-problem");
        assertThat(problem.isVisible()).as("a refusal shows").isTrue();
        return problem.getText();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Role> roles() {
        return $(CheckboxGroup.class).id("user-roles");
    }
}
