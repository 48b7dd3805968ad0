package org.familyhub.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.UserAccounts.NewUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@PortalTest
class AccountsTest {

    private static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");

    @Autowired
    UserAccounts accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void embeddedModeHasOneDemoUserPerRoleWithTheirScopes() {
        assertThat(accounts.find("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.find("editor").orElseThrow().roles()).containsExactly(Role.EDITOR);
        PortalUser provider = accounts.find("provider").orElseThrow();
        assertThat(provider.roles()).containsExactly(Role.PROVIDER);
        assertThat(provider.organisationId()).isEqualTo(CONNEXIONS);
        assertThat(accounts.find("frontdoor").orElseThrow().localityCodes())
                .containsExactlyInAnyOrder("crewe-nantwich", "congleton");
        assertThat(accounts.withRole(Role.FRONT_DOOR)).extracting(PortalUser::username)
                .containsExactly("frontdoor", "frontdoor-north");
    }

    @Test
    void passwordsAreStoredOnlyAsSaltedHashes() {
        String hash = jdbc.sql("select password_hash from portal_user where username = 'editor'")
                .query(String.class).single();
        String other = jdbc.sql("select password_hash from portal_user where username = 'manager'")
                .query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}").doesNotContain(SecuredMvc.DEMO_PASSWORD);
        assertThat(hash).isNotEqualTo(other);
    }

    @Test
    void aNewUserIsCheckedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> accounts.create(user("short-password", "too short", Set.of(Role.EDITOR), null)))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> accounts.create(user("no-organisation", "long enough password", Set.of(Role.PROVIDER), null)))
                .hasMessageContaining("must belong to an organisation");
        assertThatThrownBy(() -> accounts.create(user("Not A Name!", "long enough password", Set.of(Role.EDITOR), null)))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> accounts.create(user("editor", "long enough password", Set.of(Role.EDITOR), null)))
                .hasMessageContaining("taken");

        assertThat(jdbc.sql("select count(*) from portal_user where username in ('short-password', 'no-organisation')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theCurrentUserComesFromTheSecurityContext() {
        assertThat(currentUser.get()).isEmpty();
        assertThatThrownBy(currentUser::require).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, "frontdoor-north");

        assertThat(currentUser.require().covers("macclesfield")).isTrue();
        assertThat(currentUser.require().covers("crewe-nantwich")).isFalse();
    }

    @Test
    void signingInWithTheRightPasswordWorksAndAWrongOneDoesNot() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);

        mvc.perform(formLogin("/login").user("professional").password(SecuredMvc.DEMO_PASSWORD))
                .andExpect(authenticated().withRoles(Role.PROFESSIONAL.name()));
        mvc.perform(formLogin("/login").user("professional").password("not the password"))
                .andExpect(unauthenticated());
    }

    @Test
    void fourWrongPasswordsDoNotLockTheUserButTheFifthDoesFromThatAddressOnly() throws Exception {
        String username = newUser("four-wrong");
        MockMvc mvc = SecuredMvc.of(context);

        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(signIn(username, "a wrong guess " + attempt, "192.0.2.10")).andExpect(unauthenticated());
        }
        mvc.perform(signIn(username, "the right password", "192.0.2.10")).andExpect(authenticated());

        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(signIn(username, "a wrong guess " + attempt, "192.0.2.10")).andExpect(unauthenticated());
        }
        mvc.perform(signIn(username, "the right password", "192.0.2.10")).andExpect(unauthenticated());
        mvc.perform(signIn(username, "the right password", "192.0.2.11")).andExpect(authenticated());
    }

    @Test
    void wrongPasswordsFromManyAddressesSlowAUserDownButNeverLockThemOut() throws Exception {
        String username = newUser("many-places");
        MockMvc mvc = SecuredMvc.of(context);

        // Eleven wrong passwords from three places: more than the ten a user may have before being slowed.
        for (int attempt = 0; attempt < 11; attempt++) {
            mvc.perform(signIn(username, "a wrong guess " + attempt, "192.0.2." + (20 + attempt % 3)))
                    .andExpect(unauthenticated());
        }
        long started = System.nanoTime();
        mvc.perform(signIn(username, "the right password", "192.0.2.30")).andExpect(authenticated());

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(
                java.time.Duration.ofSeconds(2));
    }

    @Test
    void oneAddressGuessingThroughManyUserNamesIsStoppedThere() throws Exception {
        String username = newUser("one-place");
        MockMvc mvc = SecuredMvc.of(context);

        for (int attempt = 0; attempt < 30; attempt++) {
            mvc.perform(signIn("nobody-" + attempt, "a wrong guess", "192.0.2.40")).andExpect(unauthenticated());
        }

        mvc.perform(signIn(username, "the right password", "192.0.2.40")).andExpect(unauthenticated());
        mvc.perform(signIn(username, "the right password", "192.0.2.41")).andExpect(authenticated());
    }

    @Test
    void aSignInPostedWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);

        int status = mvc.perform(post("/login").param("username", "professional")
                        .param("password", SecuredMvc.DEMO_PASSWORD).with(from("192.0.2.50")))
                .andExpect(unauthenticated()).andReturn().getResponse().getStatus();
        mvc.perform(post("/login?v-r=uidl").param("username", "professional")
                        .param("password", SecuredMvc.DEMO_PASSWORD).with(from("192.0.2.50")))
                .andExpect(unauthenticated());

        assertThat(status).isEqualTo(403);
        mvc.perform(signIn("professional", SecuredMvc.DEMO_PASSWORD, "192.0.2.50")).andExpect(authenticated());
    }

    @Test
    void aProfessionalWhoSignsInLandsOnTheirFoldersAndEveryoneElseOnTheFrontPage() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);

        mvc.perform(signIn("professional", SecuredMvc.DEMO_PASSWORD, "192.0.2.60"))
                .andExpect(authenticated()).andExpect(redirectedUrl("/folders"));
        for (String other : List.of("editor", "provider", "frontdoor", "manager", "admin")) {
            mvc.perform(signIn(other, SecuredMvc.DEMO_PASSWORD, "192.0.2.61"))
                    .andExpect(authenticated()).andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void aProfessionalSentToSignInFromAPageGoesBackToThatPageNotToTheirFolders() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get("/my-referrals").session(session)).andExpect(redirectedUrl("/login"));

        mvc.perform(signIn("professional", SecuredMvc.DEMO_PASSWORD, "192.0.2.62").session(session))
                .andExpect(authenticated()).andExpect(redirectedUrl("http://localhost/my-referrals?continue"));
    }

    private String newUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user(username, "the right password", Set.of(Role.PROFESSIONAL), null));
        return username;
    }

    /** The sign-in form as the browser posts it (with the CSRF token), from an address of its own. */
    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static NewUser user(String username, String password, Set<Role> roles, UUID organisation) {
        return new NewUser(username, password, "Test " + username, null, roles, organisation, Set.of());
    }
}
