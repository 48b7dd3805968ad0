package org.familyhub.account.internal;

import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A council's own database starts with no users: the first administrator comes from the environment, once. */
@PortalTest
class FirstAdministratorTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcUserAccounts stored;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    private final String username = "council-admin-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void forgetTheAdministrator() {
        jdbc.sql("delete from portal_user where username = ?").param(username).update();
    }

    @Test
    void theNamedAdministratorIsCreatedOnceAndNeverChangedAfter() {
        new FirstAdministrator(accounts, username, PASSWORD, "it.admin@council.example").run(null);

        PortalUser admin = accounts.find(username).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.email()).isEqualTo("it.admin@council.example");
        assertThat(passwords.matches(PASSWORD, stored.passwordHash(username).orElseThrow())).isTrue();

        new FirstAdministrator(accounts, username, "another password entirely", "").run(null);
        assertThat(passwords.matches(PASSWORD, stored.passwordHash(username).orElseThrow()))
                .as("a later start keeps the password the administrator has").isTrue();
        assertThat(accounts.find(username).orElseThrow().id()).isEqualTo(admin.id());
    }

    @Test
    void aNameWithoutAUsablePasswordStopsTheStartAndCreatesNobody() {
        assertThatThrownBy(() -> new FirstAdministrator(accounts, username, "", "").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FAMILYHUB_FIRST_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new FirstAdministrator(accounts, username, "short", "").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("A password needs at least");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void withoutANameNothingHappens() {
        long users = jdbc.sql("select count(*) from portal_user").query(Long.class).single();
        new FirstAdministrator(accounts, " ", PASSWORD, "").run(null);
        assertThat(jdbc.sql("select count(*) from portal_user").query(Long.class).single()).isEqualTo(users);
    }
}
