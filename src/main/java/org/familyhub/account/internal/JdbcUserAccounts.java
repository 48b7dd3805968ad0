package org.familyhub.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familyhub.account.InvalidAccountException;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users in the database: one row each, with their roles and (for the front door) localities. */
@Service
class JdbcUserAccounts implements UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PortalUser create(NewUser user) {
        checkPassword(user.password());
        return insert(user, passwords.encode(user.password()));
    }

    /** Checks everything about a new user but the password, then stores them with this hash (none: a link's). */
    PortalUser insert(NewUser user, @Nullable String passwordHash) {
        String username = normalise(user.username());
        check(USERNAME.matcher(username).matches(),
                "A user name is 3 to 100 letters, digits, dots, dashes or @, starting with a letter or digit.");
        check(!user.displayName().isBlank(), "A user needs a name to show.");
        check(!user.roles().isEmpty(), "A user needs at least one role.");
        check(!user.roles().contains(Role.PROVIDER) || user.organisationId() != null,
                "A provider must belong to an organisation.");
        check(!user.roles().contains(Role.FRONT_DOOR) || !user.localityCodes().isEmpty(),
                "A front-door worker must cover at least one locality.");
        check(jdbc.sql("select count(*) from portal_user where username = ?").param(username).query(Integer.class)
                .single() == 0, "The user name " + username + " is taken.");

        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into portal_user (id, username, display_name, email, password_hash, organisation_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, username, user.displayName().strip(), user.email(), passwordHash,
                        user.organisationId(), LocalDateTime.now(clock))
                .update();
        user.roles().forEach(role -> jdbc.sql("insert into portal_user_role (user_id, role) values (?, ?)")
                .params(id, role.name()).update());
        user.localityCodes().forEach(code -> jdbc.sql(
                "insert into portal_user_locality (user_id, locality_code) values (?, ?)").params(id, code).update());
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PortalUser> find(String username) {
        return one("username = ?", normalise(username));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PortalUser> find(UUID id) {
        return one("id = ?", id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PortalUser> withRole(Role role) {
        return jdbc.sql("select u.id from portal_user u join portal_user_role r on r.user_id = u.id "
                        + "where r.role = ? and u.enabled order by u.username")
                .param(role.name()).query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /** The user a single sign-on login belongs to: matched by e-mail, since the council's directory owns names. */
    @Transactional(readOnly = true)
    public Optional<PortalUser> findByEmail(String email) {
        return one("lower(email) = ?", email.strip().toLowerCase(Locale.ROOT));
    }

    /** The stored hash, for Spring Security's password check; empty for users who sign in only through SSO. */
    @Transactional(readOnly = true)
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from portal_user where username = ? and enabled")
                .param(normalise(username)).query(String.class).optional();
    }

    private Optional<PortalUser> one(String condition, Object value) {
        return jdbc.sql("select id, username, display_name, email, organisation_id from portal_user where enabled and "
                        + condition)
                .param(value).query(this::user).optional();
    }

    private PortalUser user(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from portal_user_role where user_id = ?").param(id).query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        Set<String> localities = new HashSet<>(jdbc.sql(
                "select locality_code from portal_user_locality where user_id = ?").param(id).query(String.class).list());
        return new PortalUser(id, row.getString("username"), row.getString("display_name"), row.getString("email"),
                roles, row.getObject("organisation_id", UUID.class), localities);
    }

    static String normalise(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The one rule for every password: the first administrator's, a demo user's and one set by a link. */
    static void checkPassword(String password) {
        check(password.length() >= MINIMUM_PASSWORD_LENGTH,
                "A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
    }

    /**
     * Notes a successful sign-in, for the administrator's list. HTTP Basic callers (scripts, Prometheus) sign in on
     * every request, so the row is written at most once a minute per person.
     */
    void signedIn(UUID id) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("update portal_user set last_sign_in_at = ? where id = ? and (last_sign_in_at is null"
                + " or last_sign_in_at < ?)").params(now, id, now.minusMinutes(1)).update();
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new InvalidAccountException(message);
        }
    }
}
