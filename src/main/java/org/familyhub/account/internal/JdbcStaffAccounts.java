package org.familyhub.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.InvalidAccountException;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.account.StaffAccount;
import org.familyhub.account.StaffAccounts;
import org.familyhub.account.UserAccounts.NewUser;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.SecretTokens;
import org.familyhub.shared.SqlLike;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.familyhub.account.internal.JdbcUserAccounts.check;

/**
 * Staff accounts in the database, paged and searched there (never every user in memory). Each change writes a row
 * to {@code portal_user_audit} in the same transaction. The password link's secret is e-mailed through the mail
 * outbox in that transaction too, and only its SHA-256 is stored.
 */
@Service
class JdbcStaffAccounts implements StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(JdbcStaffAccounts.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final String COLUMNS = """
            select u.id, u.username, u.display_name, u.email, u.organisation_id, o.name as organisation_name,
                   u.enabled, u.password_hash is not null as password_set, u.last_sign_in_at,
                   (select group_concat(r.role) from portal_user_role r where r.user_id = u.id) as roles,
                   (select group_concat(l.locality_code) from portal_user_locality l where l.user_id = u.id) as localities
            from portal_user u left join organization o on o.id = u.organisation_id
            """;
    private static final String MATCHING = "where (? = '' or lower(u.username) like ? or lower(u.display_name) like ?"
            + " or lower(u.email) like ?)";

    private final JdbcClient jdbc;
    private final JdbcUserAccounts users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwords;
    private final Mail mail;
    private final DateText dates;
    private final PortalProperties portal;
    private final Clock clock;
    private final String publicUrl;
    private final Duration linkValidFor;

    JdbcStaffAccounts(JdbcClient jdbc, JdbcUserAccounts users, CurrentUser currentUser, PasswordEncoder passwords,
            Mail mail, DateText dates, PortalProperties portal, Clock clock,
            @Value("${familyhub.portal.public-url:http://localhost:8080}") String publicUrl,
            @Value("${familyhub.security.password-link-valid-for:72h}") Duration linkValidFor) {
        this.jdbc = jdbc;
        this.users = users;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.mail = mail;
        this.dates = dates;
        this.portal = portal;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.linkValidFor = linkValidFor;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<StaffAccount> find(String words, int offset, int limit) {
        String like = like(words);
        return jdbc.sql(COLUMNS + MATCHING + " order by u.display_name, u.username limit ? offset ?")
                .params(words.strip(), like, like, like, Math.clamp(limit, 0, 500), Math.max(offset, 0))
                .query(this::account).list();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int count(String words) {
        String like = like(words);
        return jdbc.sql("select count(*) from portal_user u " + MATCHING).params(words.strip(), like, like, like)
                .query(Integer.class).single();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<StaffAccount> get(UUID id) {
        return jdbc.sql(COLUMNS + "where u.id = ?").param(id).query(this::account).optional();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public StaffAccount add(StaffDetails details) {
        PortalUser admin = currentUser.require();
        checkDetails(details);
        PortalUser added = users.insert(new NewUser(details.username(), "", details.displayName().strip(),
                details.email().strip(), details.roles(), scopeOrganisation(details), scopeLocalities(details)), null);
        audit(added.id(), admin.username(), "ADDED", describe(get(added.id()).orElseThrow()));
        link(added.id(), admin.username(), true);
        log.info("event=staff-account-added user={} by={}", added.username(), admin.username());
        return get(added.id()).orElseThrow();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public StaffAccount change(UUID id, StaffDetails details) {
        PortalUser admin = currentUser.require();
        StaffAccount before = existing(id);
        checkDetails(details);
        boolean stillAdmin = details.roles().contains(Role.ADMIN);
        check(stillAdmin || !id.equals(admin.id()), "You cannot take away your own administrator role.");
        if (before.enabled() && before.has(Role.ADMIN) && !stillAdmin) {
            keepAnAdministrator(id);
        }
        jdbc.sql("update portal_user set display_name = ?, email = ?, organisation_id = ? where id = ?")
                .params(details.displayName().strip(), details.email().strip(), scopeOrganisation(details), id)
                .update();
        jdbc.sql("delete from portal_user_role where user_id = ?").param(id).update();
        details.roles().forEach(role -> jdbc.sql("insert into portal_user_role (user_id, role) values (?, ?)")
                .params(id, role.name()).update());
        jdbc.sql("delete from portal_user_locality where user_id = ?").param(id).update();
        scopeLocalities(details).forEach(code -> jdbc.sql(
                "insert into portal_user_locality (user_id, locality_code) values (?, ?)").params(id, code).update());
        StaffAccount after = get(id).orElseThrow();
        audit(id, admin.username(), "CHANGED", describe(before) + " -> " + describe(after));
        return after;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void disable(UUID id) {
        PortalUser admin = currentUser.require();
        StaffAccount account = existing(id);
        check(!id.equals(admin.id()), "You cannot disable your own account.");
        if (!account.enabled()) {
            return;
        }
        if (account.has(Role.ADMIN)) {
            keepAnAdministrator(id);
        }
        jdbc.sql("update portal_user set enabled = false where id = ?").param(id).update();
        audit(id, admin.username(), "DISABLED", null);
        log.info("event=staff-account-disabled user={} by={}", account.username(), admin.username());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void enable(UUID id) {
        PortalUser admin = currentUser.require();
        StaffAccount account = existing(id);
        if (account.enabled()) {
            return;
        }
        jdbc.sql("update portal_user set enabled = true where id = ?").param(id).update();
        audit(id, admin.username(), "ENABLED", null);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void sendPasswordLink(UUID id) {
        StaffAccount account = existing(id);
        check(account.enabled(), "Enable the account before sending a link: a disabled account cannot sign in.");
        check(account.email() != null && EMAIL.matcher(account.email()).matches(),
                "The account has no e-mail address to send a link to. Add one first.");
        link(id, currentUser.require().username(), false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkHolder> passwordLink(String token) {
        return usableLink(token, false).map(link -> new LinkHolder(link.username(), link.displayName()));
    }

    @Override
    @Transactional
    public void setPassword(String token, String password) {
        Link link = usableLink(token, true).orElseThrow(() -> new InvalidAccountException(
                "This link cannot be used: it may have been used already, replaced by a newer one or expired."
                        + " Ask an administrator for a new one."));
        JdbcUserAccounts.checkPassword(password);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("update portal_user set password_hash = ? where id = ?").params(passwords.encode(password),
                link.userId()).update();
        jdbc.sql("update portal_user_password_link set used_at = ? where token_hash = ?")
                .params(now, SecretTokens.hash(token)).update();
        jdbc.sql("delete from portal_user_password_link where user_id = ? and used_at is null").param(link.userId())
                .update();
        audit(link.userId(), link.username(), "PASSWORD_SET", "by link");
        log.info("event=staff-password-set user={}", link.username());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<Choice> organisations(String words, int offset, int limit) {
        return jdbc.sql("select id, name from organization where (? = '' or lower(name) like ?) order by name, id"
                        + " limit ? offset ?")
                .params(words.strip(), like(words), Math.clamp(limit, 0, 500), Math.max(offset, 0))
                .query((row, n) -> new Choice(row.getString("id"), row.getString("name"))).list();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int countOrganisations(String words) {
        return jdbc.sql("select count(*) from organization where (? = '' or lower(name) like ?)")
                .params(words.strip(), like(words)).query(Integer.class).single();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<Choice> localities() {
        return jdbc.sql("select code, name from locality order by name")
                .query((row, n) -> new Choice(row.getString("code"), row.getString("name"))).list();
    }

    private void checkDetails(StaffDetails details) {
        check(!details.displayName().isBlank(), "Enter the person's full name.");
        String email = details.email().strip();
        check(!email.isEmpty(), "Enter the person's e-mail address: their link to set a password goes there.");
        check(email.length() <= 254 && EMAIL.matcher(email).matches(),
                "Enter an e-mail address like name@example.org.");
        check(!details.roles().isEmpty(), "Choose at least one role.");
        check(!details.roles().contains(Role.PROVIDER) || details.organisationId() != null,
                "A provider must belong to an organisation: choose one.");
        check(details.organisationId() == null || !details.roles().contains(Role.PROVIDER)
                || jdbc.sql("select count(*) from organization where id = ?").param(details.organisationId())
                        .query(Integer.class).single() == 1, "There is no such organisation.");
        check(!details.roles().contains(Role.FRONT_DOOR) || !details.localityCodes().isEmpty(),
                "A front-door worker must cover at least one locality: choose one or more.");
        Set<String> known = localities().stream().map(Choice::key).collect(Collectors.toSet());
        check(!details.roles().contains(Role.FRONT_DOOR) || known.containsAll(details.localityCodes()),
                "There is no such locality.");
    }

    /** A provider's organisation; other roles have none, so a scope never outlives the role it was for. */
    private static @Nullable UUID scopeOrganisation(StaffDetails details) {
        return details.roles().contains(Role.PROVIDER) ? details.organisationId() : null;
    }

    private static Set<String> scopeLocalities(StaffDetails details) {
        return details.roles().contains(Role.FRONT_DOOR) ? details.localityCodes() : Set.of();
    }

    /** Refuses to leave the portal without an enabled administrator; the rows are locked until the change commits. */
    private void keepAnAdministrator(UUID leaving) {
        List<UUID> admins = jdbc.sql("select u.id from portal_user u join portal_user_role r on r.user_id = u.id"
                + " where r.role = 'ADMIN' and u.enabled for update").query(UUID.class).list();
        check(admins.stream().anyMatch(id -> !id.equals(leaving)),
                "This is the last enabled administrator: add or enable another administrator first.");
    }

    private StaffAccount existing(UUID id) {
        return get(id).orElseThrow(() -> new InvalidAccountException("There is no such account."));
    }

    private void link(UUID userId, String actor, boolean welcome) {
        StaffAccount account = existing(userId);
        String token = SecretTokens.newToken();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime expires = now.plus(linkValidFor);
        jdbc.sql("delete from portal_user_password_link where user_id = ? and used_at is null").param(userId).update();
        jdbc.sql("insert into portal_user_password_link (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(SecretTokens.hash(token), userId, now, expires).update();
        String url = publicUrl + "/account/set-password?token=" + token;
        String until = dates.dateTime(expires.atZone(clock.getZone()).toInstant(), Locale.UK);
        String body = (welcome ? """
                Hello %1$s,

                An administrator has given you an account on %2$s. Your user name is %3$s.
                """ : """
                Hello %1$s,

                An administrator has sent you a link to set a new password on %2$s. Your user name is %3$s.
                """) + """

                Set your password with this link. It works once, until %4$s:
                %5$s

                If you did not expect this e-mail, you can ignore it; nothing changes until the link is used.
                """;
        mail.queue(new Email(account.email() == null ? "" : account.email(),
                (welcome ? "Your account on " : "Set a new password on ") + portal.portalName(),
                body.formatted(account.displayName(), portal.portalName(), account.username(), until, url)));
        audit(userId, actor, "LINK_SENT", "to " + account.email() + ", valid until " + until);
    }

    private Optional<Link> usableLink(String token, boolean lock) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select l.user_id, u.username, u.display_name from portal_user_password_link l
                        join portal_user u on u.id = l.user_id
                        where l.token_hash = ? and l.used_at is null and l.expires_at > ? and u.enabled"""
                        + (lock ? " for update" : ""))
                .params(SecretTokens.hash(token), LocalDateTime.now(clock))
                .query((row, n) -> new Link(row.getObject("user_id", UUID.class), row.getString("username"),
                        row.getString("display_name")))
                .optional();
    }

    private record Link(UUID userId, String username, String displayName) {
    }

    private void audit(UUID userId, String actor, String action, @Nullable String detail) {
        jdbc.sql("insert into portal_user_audit (id, user_id, at, actor, action, detail) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), userId, LocalDateTime.now(clock), actor, action,
                        detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
                .update();
    }

    private static String describe(StaffAccount account) {
        return "name " + account.displayName() + "; e-mail " + account.email() + "; roles "
                + account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","))
                + (account.organisationId() == null ? "" : "; organisation " + account.organisationId())
                + (account.localityCodes().isEmpty() ? "" : "; localities "
                        + String.join(",", new TreeSet<>(account.localityCodes())));
    }

    private StaffAccount account(ResultSet row, int rowNumber) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        split(row.getString("roles")).forEach(role -> roles.add(Role.valueOf(role)));
        LocalDateTime lastSignIn = row.getObject("last_sign_in_at", LocalDateTime.class);
        return new StaffAccount(row.getObject("id", UUID.class), row.getString("username"),
                row.getString("display_name"), row.getString("email"), roles,
                row.getObject("organisation_id", UUID.class), row.getString("organisation_name"),
                Set.copyOf(split(row.getString("localities"))), row.getBoolean("enabled"),
                row.getBoolean("password_set"),
                lastSignIn == null ? null : lastSignIn.atZone(clock.getZone()).toInstant());
    }

    private static List<String> split(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** A LIKE pattern for the words anywhere, with LIKE's own wildcards taken literally. */
    private static String like(String words) {
        return SqlLike.containing(words.strip().toLowerCase(Locale.ROOT));
    }
}
