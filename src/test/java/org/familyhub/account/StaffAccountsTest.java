package org.familyhub.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.StaffAccounts.StaffDetails;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Staff accounts an administrator manages (issue 21): added with a link, changed, disabled; the rules hold. */
@PortalTest
class StaffAccountsTest {

    private static final Pattern TOKEN = Pattern.compile("set-password\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "a long enough password";
    private static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");

    @Autowired
    StaffAccounts staff;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    private final String prefix = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @BeforeEach
    void signIn() {
        SignedIn.as(users, "admin");
    }

    @AfterEach
    void forget() {
        SignedIn.out();
        jdbc.sql("delete from portal_user_audit where user_id in (select id from portal_user where username like ?)")
                .param(prefix + "%").update();
        jdbc.sql("delete from portal_user where username like ?").param(prefix + "%").update();
    }

    @Test
    void anAddedPersonSetsTheirPasswordByTheLinkOnceAndSignsIn() throws Exception {
        StaffAccount added = staff.add(details("editor", Role.EDITOR));

        assertThat(added.enabled()).isTrue();
        assertThat(added.passwordSet()).isFalse();
        assertThat(added.roles()).containsExactly(Role.EDITOR);
        String token = token(added.email());
        assertThat(jdbc.sql("select count(*) from portal_user_password_link where token_hash = ?")
                .param(token).query(Integer.class).single()).as("only the hash is stored").isZero();
        SignedIn.out();
        MockMvc mvc = SecuredMvc.of(context);
        mvc.perform(formLogin("/login").user(added.username()).password(PASSWORD)).andExpect(unauthenticated());

        assertThat(staff.passwordLink(token)).contains(new StaffAccounts.LinkHolder(added.username(),
                added.displayName()));
        assertThatThrownBy(() -> staff.setPassword(token, "too short")).hasMessageContaining("at least 12");
        assertThat(staff.passwordLink(token)).as("a refused password leaves the link usable").isPresent();
        staff.setPassword(token, PASSWORD);

        assertThat(staff.passwordLink(token)).isEmpty();
        assertThatThrownBy(() -> staff.setPassword(token, "another long password"))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("cannot be used");
        mvc.perform(formLogin("/login").user(added.username()).password(PASSWORD))
                .andExpect(authenticated().withRoles("EDITOR"));
        SignedIn.as(users, "admin");
        assertThat(staff.get(added.id()).orElseThrow().lastSignIn()).isNotNull();
        assertThat(audit(added.id())).containsExactly("ADDED", "LINK_SENT", "PASSWORD_SET");
        assertThat(jdbc.sql("select actor from portal_user_audit where user_id = ? and action = 'ADDED'")
                .param(added.id()).query(String.class).single()).isEqualTo("admin");
    }

    @Test
    void anExpiredLinkOrOneReplacedByAFreshOneIsRefused() {
        StaffAccount added = staff.add(details("expired", Role.MANAGER));
        String first = token(added.email());
        staff.sendPasswordLink(added.id());
        String second = mailbox.to(added.email()).stream().map(SentEmail::body).map(TOKEN::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).filter(t -> !t.equals(first)).findFirst().orElseThrow();

        assertThat(staff.passwordLink(first)).as("replaced by the fresh link").isEmpty();
        assertThat(staff.passwordLink(second)).isPresent();
        jdbc.sql("update portal_user_password_link set expires_at = created_at - interval 1 second where user_id = ?")
                .param(added.id()).update();
        assertThat(staff.passwordLink(second)).isEmpty();
        assertThatThrownBy(() -> staff.setPassword(second, PASSWORD)).isInstanceOf(InvalidAccountException.class);
        assertThat(staff.get(added.id()).orElseThrow().passwordSet()).isFalse();
        assertThat(staff.passwordLink("not-a-token")).isEmpty();
    }

    @Test
    void aDisabledPersonCannotSignInAndIsSignedOutAtTheirNextRequest() throws Exception {
        StaffAccount added = staff.add(details("disabled", Role.PROFESSIONAL));
        String token = token(added.email());
        staff.setPassword(token, PASSWORD);
        SignedIn.out();
        MockMvc mvc = SecuredMvc.of(context);
        MvcResult signedIn = mvc.perform(formLogin("/login").user(added.username()).password(PASSWORD))
                .andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/robots.txt").session(session)).andExpect(authenticated());

        SignedIn.as(users, "admin");
        staff.disable(added.id());
        SignedIn.out();

        mvc.perform(get("/robots.txt").session(session)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(added.username()).password(PASSWORD)).andExpect(unauthenticated());
        SignedIn.as(users, "admin");
        assertThat(staff.get(added.id()).orElseThrow().enabled()).isFalse();
        staff.enable(added.id());
        SignedIn.out();
        mvc.perform(formLogin("/login").user(added.username()).password(PASSWORD)).andExpect(authenticated());
        SignedIn.out();
        assertThat(audit(added.id())).containsSubsequence("DISABLED", "ENABLED");
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorLeaveNoEnabledAdministrator() {
        PortalUser admin = users.find("admin").orElseThrow();
        assertThatThrownBy(() -> staff.disable(admin.id())).hasMessageContaining("your own account");
        assertThatThrownBy(() -> staff.change(admin.id(), new StaffDetails("admin", admin.displayName(),
                "admin@demo.familyhub.invalid", Set.of(Role.EDITOR), null, Set.of())))
                .hasMessageContaining("your own administrator role");

        // Someone with the role but no row (so not counted) disables every enabled administrator in turn.
        SignedIn.as(new PortalUser(UUID.randomUUID(), prefix + "outside", "Outside", null, Set.of(Role.ADMIN), null,
                Set.of()));
        StaffAccount other = staff.add(details("admin", Role.ADMIN));
        List<UUID> admins = jdbc.sql("select u.id from portal_user u join portal_user_role r on r.user_id = u.id"
                + " where r.role = 'ADMIN' and u.enabled order by u.username").query(UUID.class).list();
        List<UUID> disabled = new ArrayList<>();
        try {
            for (UUID id : admins.subList(0, admins.size() - 1)) {
                staff.disable(id);
                disabled.add(id);
            }
            UUID last = admins.getLast();
            assertThatThrownBy(() -> staff.disable(last)).hasMessageContaining("last enabled administrator");
            StaffAccount lastOne = staff.get(last).orElseThrow();
            assertThatThrownBy(() -> staff.change(last, new StaffDetails(lastOne.username(), lastOne.displayName(),
                    "last@example.org", Set.of(Role.EDITOR), null, Set.of())))
                    .hasMessageContaining("last enabled administrator");
            assertThat(staff.get(last).orElseThrow().enabled()).isTrue();
            assertThat(staff.get(last).orElseThrow().roles()).contains(Role.ADMIN);
        } finally {
            disabled.forEach(staff::enable);
        }
        assertThat(staff.get(other.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void badDetailsAreRefusedWithTheReasonAndNothingIsStored() {
        int before = staff.count("");
        assertThatThrownBy(() -> staff.add(new StaffDetails("editor", "Someone", "someone@example.org",
                Set.of(Role.EDITOR), null, Set.of()))).hasMessageContaining("taken");
        assertThatThrownBy(() -> staff.add(new StaffDetails(prefix + "mail", "Someone", "not an address",
                Set.of(Role.EDITOR), null, Set.of()))).hasMessageContaining("e-mail address like");
        assertThatThrownBy(() -> staff.add(new StaffDetails(prefix + "roles", "Someone", "someone@example.org",
                Set.of(), null, Set.of()))).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> staff.add(new StaffDetails(prefix + "provider", "Someone", "someone@example.org",
                Set.of(Role.PROVIDER), null, Set.of()))).hasMessageContaining("must belong to an organisation");
        assertThatThrownBy(() -> staff.add(new StaffDetails(prefix + "door", "Someone", "someone@example.org",
                Set.of(Role.FRONT_DOOR), null, Set.of()))).hasMessageContaining("at least one locality");
        assertThatThrownBy(() -> staff.add(new StaffDetails(prefix + "noname", " ", "someone@example.org",
                Set.of(Role.EDITOR), null, Set.of()))).hasMessageContaining("full name");

        assertThat(jdbc.sql("select count(*) from portal_user where username like ?").param(prefix + "%")
                .query(Integer.class).single()).isZero();
        assertThat(staff.count("")).isEqualTo(before);
        assertThat(mailbox.to("someone@example.org")).isEmpty();
    }

    @Test
    void scopeIsKeptForTheRoleItBelongsToAndTheListIsSearchedAndPaged() {
        StaffAccount provider = staff.add(new StaffDetails(prefix + "provider", "Pia " + prefix, prefix + "p@example.org",
                Set.of(Role.PROVIDER), CONNEXIONS, Set.of("crewe-nantwich")));
        StaffAccount door = staff.add(new StaffDetails(prefix + "door", "Dan " + prefix, prefix + "d@example.org",
                Set.of(Role.FRONT_DOOR), CONNEXIONS, Set.of("congleton", "macclesfield")));

        assertThat(provider.organisationId()).isEqualTo(CONNEXIONS);
        assertThat(provider.organisationName()).isNotBlank();
        assertThat(provider.localityCodes()).as("only a front-door worker covers localities").isEmpty();
        assertThat(door.organisationId()).as("only a provider belongs to an organisation").isNull();
        assertThat(door.localityCodes()).containsExactlyInAnyOrder("congleton", "macclesfield");
        assertThat(users.find(door.username()).orElseThrow().covers("congleton")).isTrue();

        assertThat(staff.count(prefix)).isEqualTo(2);
        assertThat(staff.find(prefix, 0, 1)).extracting(StaffAccount::username).containsExactly(door.username());
        assertThat(staff.find(prefix, 1, 1)).extracting(StaffAccount::username).containsExactly(provider.username());
        assertThat(staff.find(prefix + "p@EXAMPLE", 0, 10)).extracting(StaffAccount::id).containsExactly(provider.id());
        assertThat(staff.count("%")).as("LIKE's wildcards are taken literally").isZero();

        StaffAccount changed = staff.change(door.id(), new StaffDetails(door.username(), "Dan Changed", door.email(),
                Set.of(Role.FRONT_DOOR, Role.PROFESSIONAL), null, Set.of("crewe-nantwich")));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.FRONT_DOOR, Role.PROFESSIONAL);
        assertThat(changed.localityCodes()).containsExactly("crewe-nantwich");
        assertThat(jdbc.sql("select detail from portal_user_audit where user_id = ? and action = 'CHANGED'")
                .param(door.id()).query(String.class).single()).contains("congleton,macclesfield", "-> ",
                "Dan Changed", "localities crewe-nantwich");
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        SignedIn.as(users, "editor");
        assertThatThrownBy(() -> staff.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.add(details("sneaky", Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> staff.count("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.sql("select count(*) from portal_user where username like ?").param(prefix + "%")
                .query(Integer.class).single()).isZero();
    }

    private StaffDetails details(String name, Role role) {
        return new StaffDetails(prefix + name, "Test " + name, prefix + name + "@example.org", Set.of(role), null,
                Set.of());
    }

    private String token(String address) {
        return mailbox.to(address).stream().map(SentEmail::body).map(TOKEN::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no link e-mailed to " + address));
    }

    private List<String> audit(UUID id) {
        return jdbc.sql("select action from portal_user_audit where user_id = ? order by at, action").param(id)
                .query(String.class).list();
    }
}
