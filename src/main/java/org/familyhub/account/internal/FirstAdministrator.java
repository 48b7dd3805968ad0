package org.familyhub.account.internal;

import java.util.Set;

import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.familyhub.account.UserAccounts.NewUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The council's first administrator on a database of its own, where no demo users are made: named by
 * {@code FAMILYHUB_FIRST_ADMIN_USERNAME} and {@code FAMILYHUB_FIRST_ADMIN_PASSWORD}, created at start when no user
 * has that name, and never changed afterwards (a password changed later is not overwritten). A name without a
 * password, or a password the portal would refuse, stops the start with the reason. Nodes starting together: the
 * name is unique, so one creates the user and the others find it.
 */
@Component
@Order(11)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;
    private final String email;

    FirstAdministrator(UserAccounts accounts, @Value("${familyhub.security.first-admin.username:}") String username,
            @Value("${familyhub.security.first-admin.password:}") String password,
            @Value("${familyhub.security.first-admin.email:}") String email) {
        this.accounts = accounts;
        this.username = username.strip();
        this.password = password;
        this.email = email.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || accounts.find(username).isPresent()) {
            return;
        }
        if (password.isEmpty()) {
            throw new IllegalStateException("FAMILYHUB_FIRST_ADMIN_USERNAME is set but FAMILYHUB_FIRST_ADMIN_PASSWORD"
                    + " is not: the first administrator needs a password to sign in with.");
        }
        try {
            accounts.create(new NewUser(username, password, "Administrator", email.isEmpty() ? null : email,
                    Set.of(Role.ADMIN), null, Set.of()));
            log.info("event=first-administrator-created username={}", username);
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            log.info("event=first-administrator-exists username={}", username);
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("The first administrator (FAMILYHUB_FIRST_ADMIN_USERNAME) was not created: "
                    + refused.getMessage(), refused);
        }
    }
}
