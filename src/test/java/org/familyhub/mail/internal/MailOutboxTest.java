package org.familyhub.mail.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.familyhub.PortalTest;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class MailOutboxTest {

    @Autowired
    Mail mail;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void anEmailExistsOnlyIfTheChangeThatCausedItCommitted() {
        String to = unique("rolled-back");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            mail.queue(new Email(to, "Your request", "We have it."));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(mailbox.to(to)).isEmpty();
    }

    @Test
    void anEmailTheServerTookIsRecordedAsSentWhenTheDatabaseIsBackNotSentAgain() {
        String to = unique("taken");
        AtomicInteger sends = new AtomicInteger();
        // The database goes away just after the mail server took the e-mail (MariaDB killed, in the fault suite).
        MailDispatcher dispatcher = new MailDispatcher(JdbcClient.create(awayOnce(dataSource, "set sent_at")), email -> {
            if (!email.to().equals(to)) {
                throw new IllegalStateException("Connection refused");
            }
            sends.incrementAndGet();
        }, List.of(), clock);
        mail.queue(new Email(to, "Your request FH-TEST", "We have your request."));

        dispatcher.retryNow();
        dispatcher.retryNow();

        assertThat(sends).hasValue(1);
        assertThat(mailbox.to(to).getFirst().sentAt()).isNotNull();
    }

    /** The database, but the first statement containing {@code words} fails as if the connection were lost. */
    private static DataSource awayOnce(DataSource database, String words) {
        AtomicBoolean gone = new AtomicBoolean();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, database, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql
                                        && sql.contains(words) && gone.compareAndSet(false, true)) {
                                    throw new SQLTransientConnectionException("Socket error");
                                }
                                return invoke(m, connection, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void aMailServerThatIsDownLosesNothingAndTheEmailGoesWhenItIsBack() {
        String to = unique("retry");
        AtomicBoolean serverUp = new AtomicBoolean(false);
        MailDispatcher dispatcher = new MailDispatcher(jdbc, email -> {
            if (!serverUp.get() || !email.to().equals(to)) {
                throw new IllegalStateException("Connection refused");
            }
        }, List.of(), clock);
        UUID id = mail.queue(new Email(to, "Your request FH-TEST", "We have your request."));

        dispatcher.retryNow();
        SentEmail waiting = mailbox.to(to).getFirst();
        assertThat(waiting.id()).isEqualTo(id);
        assertThat(waiting.sentAt()).isNull();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("Connection refused");

        serverUp.set(true);
        dispatcher.dispatchDue();
        assertThat(mailbox.to(to).getFirst().sentAt()).as("not retried before its wait is over").isNull();

        dispatcher.retryNow();
        SentEmail sent = mailbox.to(to).getFirst();
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.body()).isEqualTo("We have your request.");
    }

    @Test
    void onlyOnePlainAddressAndOneLineSubjectAreAccepted() {
        assertThatThrownBy(() -> mail.queue(new Email("not-an-address", "Hello", "x")))
                .hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> mail.queue(new Email("a@example.org, b@example.org", "Hello", "x")))
                .hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> mail.queue(new Email("Mallory <m@example.org>", "Hello", "x")))
                .hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> mail.queue(new Email("a@example.org", "Hello\r\nBcc: m@example.org", "x")))
                .hasMessageContaining("one line");

        assertThat(mailbox.to("a@example.org")).isEmpty();
    }

    @Test
    void extraHeadersAreKeptWithTheEmailAndHandedToTheMailServerButNeverAnInjectedOne() throws Exception {
        String to = unique("headers");
        java.util.Map<String, String> headers = java.util.Map.of("List-Unsubscribe", "<https://example.org/u?t=1>",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.queue(new Email(to, "Alerts", "New things", headers));
        assertThat(mailbox.to(to).getFirst().headers()).isEqualTo(headers);
        java.util.List<Email> handed = new java.util.ArrayList<>();
        new MailDispatcher(jdbc, handed::add, List.of(), clock).retryNow();
        assertThat(handed).filteredOn(email -> email.to().equals(to)).singleElement()
                .satisfies(email -> assertThat(email.headers()).isEqualTo(headers));

        String refused = unique("injected");
        assertThatThrownBy(() -> mail.queue(new Email(refused, "Hi", "x",
                java.util.Map.of("List-Unsubscribe", "<a>\r\nBcc: m@example.org"))))
                .hasMessageContaining("one line");
        assertThatThrownBy(() -> mail.queue(new Email(refused, "Hi", "x", java.util.Map.of("Bcc: x", "y"))))
                .hasMessageContaining("one line");
        assertThat(mailbox.to(refused)).isEmpty();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
