package org.familyhub.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox table: e-mails join the caller's transaction; the dispatcher sends them later. */
@Service
class MailOutbox implements Mail, Mailbox {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_HEADERS = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID queue(Email email) {
        return store(email, null);
    }

    @Override
    @Transactional
    public UUID queueToFamily(UUID familyCase, Email email) {
        return store(email, familyCase);
    }

    private UUID store(Email email, @Nullable UUID familyCase) {
        String to = address(email.to());
        if (email.subject().isBlank() || email.subject().length() > MAX_SUBJECT
                || email.subject().indexOf('\n') >= 0 || email.subject().indexOf('\r') >= 0) {
            throw new IllegalArgumentException("An e-mail subject is one line of 1 to " + MAX_SUBJECT + " characters.");
        }
        if (email.body().length() > MAX_BODY) {
            throw new IllegalArgumentException("An e-mail body is at most " + MAX_BODY + " characters.");
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into outgoing_email (id, recipient, subject, body, queued_at, next_attempt_at, family_case, headers)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, to, email.subject(), email.body(), now, now, familyCase, headers(email.headers())).update();
        return id;
    }

    /**
     * The extra headers as stored, one "Name: value" a line; a name or value that could start another header (a line
     * break, a colon in the name) is refused, so nothing queued can inject headers.
     */
    static @Nullable String headers(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(headers).forEach((name, value) -> {
            if (!name.matches("[A-Za-z][A-Za-z0-9-]{0,60}") || value.isBlank() || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("An e-mail header is a name and one line of text: " + name);
            }
            text.append(name).append(": ").append(value).append('\n');
        });
        if (text.length() > MAX_HEADERS) {
            throw new IllegalArgumentException("An e-mail's extra headers are at most " + MAX_HEADERS + " characters.");
        }
        return text.toString();
    }

    static Map<String, String> headers(@Nullable String stored) {
        if (stored == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        stored.lines().filter(line -> line.contains(": ")).forEach(line -> {
            int colon = line.indexOf(": ");
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        });
        return headers;
    }

    /** One plain address, as the mail server will read it; anything else is refused before it is stored. */
    static String address(String given) {
        try {
            InternetAddress address = new InternetAddress(given.strip(), true);
            if (address.getPersonal() != null || given.length() > 254 || !address.getAddress().contains("@")) {
                throw new AddressException("not a plain address");
            }
            return address.getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            throw new IllegalArgumentException("That is not an e-mail address: " + given);
        }
    }

    @Override
    @Transactional
    public int forgetSentBefore(Instant cutoff) {
        // A withheld e-mail will never be sent: it is forgotten like a sent one.
        return jdbc.sql("""
                delete from outgoing_email
                where (sent_at is not null and sent_at < ?) or (withheld_at is not null and withheld_at < ?)""")
                .params(Timestamp.from(cutoff), Timestamp.from(cutoff)).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SentEmail> to(String address) {
        return jdbc.sql("select * from outgoing_email where recipient = ? order by queued_at desc")
                .param(address.strip().toLowerCase(Locale.ROOT)).query(MailOutbox::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SentEmail> recent(int limit) {
        return jdbc.sql("select * from outgoing_email order by queued_at desc limit ?")
                .param(limit).query(MailOutbox::row).list();
    }

    static SentEmail row(ResultSet row, int number) throws SQLException {
        Timestamp sent = row.getTimestamp("sent_at");
        Timestamp withheld = row.getTimestamp("withheld_at");
        return new SentEmail(row.getObject("id", UUID.class), row.getString("recipient"), row.getString("subject"),
                row.getString("body"), instant(row.getTimestamp("queued_at")), sent == null ? null : instant(sent),
                row.getInt("attempts"), row.getString("last_error"), row.getObject("family_case", UUID.class),
                withheld == null ? null : instant(withheld), headers(row.getString("headers")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
