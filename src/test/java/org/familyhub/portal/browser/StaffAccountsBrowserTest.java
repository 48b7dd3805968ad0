package org.familyhub.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.account.Role;
import org.familyhub.account.SignedIn;
import org.familyhub.account.StaffAccount;
import org.familyhub.account.StaffAccounts;
import org.familyhub.account.StaffAccounts.StaffDetails;
import org.familyhub.account.UserAccounts;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's staff accounts in a real browser: the administrator adds an editor, the e-mail with the link is in the
 * outbox, the editor sets a password by the link, signs in and sees the workspace; axe on the new pages on a
 * desktop and on a phone.
 */
@BrowserTest
class StaffAccountsBrowserTest {

    private static final Pattern TOKEN = Pattern.compile("set-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    Mailbox mailbox;
    @Autowired
    StaffAccounts staff;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    private final String prefix = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final List<Chromium> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(Chromium::close);
        SignedIn.out();
        jdbc.sql("delete from portal_user_audit where user_id in (select id from portal_user where username like ?)")
                .param(prefix + "%").update();
        jdbc.sql("delete from portal_user where username like ?").param(prefix + "%").update();
    }

    @Test
    void anAdministratorAddsAnEditorWhoSetsAPasswordByTheLinkAndSignsIn() {
        Chromium admin = keep(Chromium.signedInAs(port, "admin"));
        admin.open("admin/users");
        admin.find("#users-add").click();
        admin.waitFor(d -> d.getCurrentUrl().contains("admin/users/edit"));
        admin.settle();
        admin.find("#user-username input").sendKeys(prefix + "eddie");
        admin.find("#user-name input").sendKeys("Eddie New");
        admin.find("#user-email input").sendKeys(prefix + "eddie@example.org");
        WebElement editor = admin.waitFor(d -> d.findElements(By.cssSelector("#user-roles vaadin-checkbox")).stream()
                .filter(box -> box.getText().startsWith("Editor")).findFirst().orElse(null));
        editor.findElement(By.tagName("input")).click();
        admin.settle();
        admin.find("#user-save").click();
        admin.waitFor(d -> admin.find("#user-done").getText().contains("is added"));
        assertThat(admin.find("#user-done").getText())
                .isEqualTo("Eddie New is added. A link to set a password was sent to " + prefix + "eddie@example.org.");

        String token = admin.waitFor(d -> mailbox.to(prefix + "eddie@example.org").stream().map(SentEmail::body)
                .map(TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null));
        Chromium person = keep(new Chromium(port, Chromium.DESKTOP));
        person.open("account/set-password?token=" + token);
        person.find("#set-password-new input").sendKeys(PASSWORD);
        person.find("#set-password-again input").sendKeys(PASSWORD);
        person.find("#set-password-save").click();
        person.waitFor(d -> !d.findElements(By.id("set-password-done")).isEmpty());

        person.open("login");
        person.find("#vaadinLoginUsername input").sendKeys(prefix + "eddie");
        WebElement password = person.find("#vaadinLoginPassword input");
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        person.waitFor(d -> !d.getCurrentUrl().contains("login"));
        person.open("workspace");
        assertThat(person.url()).endsWith("/workspace");
        assertThat(person.find("main h1").getText()).isEqualTo("Workspace");

        admin.open("admin/users");
        admin.find("#users-search input").sendKeys(prefix);
        admin.waitFor(d -> admin.find("#users-summary").getText().equals("Showing 1 to 1 of 1."));
        admin.settle();
        assertThat(admin.find("#users-table tbody").getText()).contains("Eddie New", "Editor", "Enabled",
                "2 Dec 2026, ").doesNotContain("Never");
    }

    @Test
    void theStaffAccountPagesHaveNoAxeViolationsOnADesktopOrAPhone() {
        SignedIn.as(users, "admin");
        StaffAccount person = staff.add(new StaffDetails(prefix + "axe", "Axe Person", prefix + "axe@example.org",
                Set.of(Role.FRONT_DOOR, Role.PROVIDER), UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74"),
                Set.of("congleton")));
        SignedIn.out();
        String token = mailbox.to(person.email()).stream().map(SentEmail::body).map(TOKEN::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        Chromium admin = keep(Chromium.signedInAs(port, "admin"));
        Chromium visitor = keep(new Chromium(port, Chromium.DESKTOP));
        List<String> failures = new ArrayList<>();
        for (var size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            admin.resize(size);
            visitor.resize(size);
            for (String page : List.of("admin/users", "admin/users/edit", "admin/users/edit/" + person.id())) {
                admin.open(page);
                Axe.violations(admin).forEach(v -> failures.add(size.width + "px /" + page + ": " + v));
            }
            for (String page : List.of("account/set-password?token=" + token,
                    "account/set-password?token=" + "x".repeat(43))) {
                visitor.open(page);
                Axe.violations(visitor).forEach(v -> failures.add(size.width + "px /" + page + ": " + v));
            }
        }
        assertThat(failures).as("axe-core violations").isEmpty();
    }

    private Chromium keep(Chromium browser) {
        browsers.add(browser);
        return browser;
    }
}
