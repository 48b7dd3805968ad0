package org.familyhub.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The suite's own look into the portal's embedded MariaDB, over JDBC on the port it gave the portal: what is
 * really stored, not what a page says.
 */
final class PortalDatabase {

    /** One row of the mail outbox. */
    record QueuedEmail(String recipient, String subject, boolean sent, long secondsUntilNextAttempt) {
    }

    private final @Nullable RunningPortal portal;
    private final String externalUrl;
    private final String externalUser;
    private final String externalPassword;

    PortalDatabase(RunningPortal portal) {
        this.portal = portal;
        this.externalUrl = "";
        this.externalUser = "";
        this.externalPassword = "";
    }

    /** The portal's tables on a database server of their own (the multi-node test's shared MariaDB). */
    PortalDatabase(String jdbcUrl, String user, String password) {
        this.portal = null;
        this.externalUrl = jdbcUrl;
        this.externalUser = user;
        this.externalPassword = password;
    }

    boolean answers() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            return statement.execute("select 1");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The demo administrator exists: the start-up runners are through. Asked of the database, not by signing in,
     * because sign-ins refused while the user does not exist yet count towards locking it out.
     */
    boolean hasAdministrator() {
        try {
            return !strings("select username from portal_user where username = 'admin' and password_hash is not null")
                    .isEmpty();
        } catch (SQLException e) {
            return false;
        }
    }

    Set<String> helpRequestReferences() throws SQLException {
        return strings("select reference from help_request");
    }

    /** Help requests from the suite's families, by the e-mail address each family gave. */
    Set<String> helpRequestEmails(String domain) throws SQLException {
        return strings("select family_email from help_request where family_email like '%@" + domain + "'");
    }

    /** Booking references of the suite's families (a place or the waiting list), by their e-mail domain. */
    Set<String> bookingReferences(String domain) throws SQLException {
        return strings("select reference from booking where email like '%@" + domain + "'");
    }

    /** Courses holding more places than they have: "title: taken of capacity", none when capacity held. */
    Set<String> overbookedCourses() throws SQLException {
        return strings("""
                select concat(c.title, ': ', c.places_taken, ' taken, ', count(b.id), ' booked, of ', c.capacity)
                from course c left join booking b on b.course_id = c.id and b.status = 'BOOKED'
                group by c.id, c.title, c.places_taken, c.capacity
                having c.places_taken > c.capacity or count(b.id) > c.capacity""");
    }

    /** Each course's places: "title: booked n of capacity, waiting m". */
    Set<String> coursePlaces() throws SQLException {
        return strings("""
                select concat(c.title, ': booked ', sum(b.status = 'BOOKED'), ' of ', c.capacity, ', waiting ',
                              sum(b.status = 'WAITING'))
                from course c join booking b on b.course_id = c.id group by c.id, c.title, c.capacity""");
    }

    /** The services search finds: active ones and, with their notice, temporarily closed ones (#18). */
    Set<String> findableServiceIds() throws SQLException {
        return strings("select id from service where status in ('active', 'temporarily closed')");
    }

    Set<String> serviceNames(String prefix) throws SQLException {
        return strings("select name from service where status = 'active' and name like '" + prefix + "%'");
    }

    List<QueuedEmail> outbox() throws SQLException {
        List<QueuedEmail> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        select recipient, subject, sent_at is not null,
                               timestampdiff(second, current_timestamp(6), next_attempt_at)
                        from outgoing_email""")) {
            while (result.next()) {
                rows.add(new QueuedEmail(result.getString(1), result.getString(2), result.getBoolean(3),
                        result.getLong(4)));
            }
        }
        return rows;
    }

    /** How many rows {@code sql} (a {@code select count(*)}) counts. */
    long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    // As the portal signs in: its own account, whose password it keeps in the data directory (mode 600, and the
    // suite runs as the same OS user); a data directory from before that lockdown has only a password-less root.
    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        RunningPortal portal = this.portal;
        if (portal == null) {
            return DriverManager.getConnection(externalUrl + "?connectTimeout=5000&socketTimeout=20000", externalUser,
                    externalPassword);
        }
        Path passwordFile = portal.dataDir().resolve("mariadb").resolve("portal.password");
        String user = "root";
        String password = "";
        if (Files.isRegularFile(passwordFile)) {
            try {
                user = "familyhub";
                password = Files.readString(passwordFile).strip();
            } catch (IOException e) {
                throw new SQLException("Could not read " + passwordFile, e);
            }
        }
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + portal.databasePort()
                + "/familyhub?connectTimeout=5000&socketTimeout=20000", user, password);
    }
}
